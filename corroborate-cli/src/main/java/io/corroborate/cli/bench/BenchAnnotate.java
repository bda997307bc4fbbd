package io.corroborate.cli.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** bench annotate: placeholder. */
@Command(name = "annotate", mixinStandardHelpOptions = true, description = "Benchmark: annotate.")
public final class BenchAnnotate implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("bench annotate: not implemented yet");
        return 1;
    }
}
