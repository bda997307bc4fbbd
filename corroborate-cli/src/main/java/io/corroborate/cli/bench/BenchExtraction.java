package io.corroborate.cli.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** bench extraction: placeholder. */
@Command(name = "extraction", mixinStandardHelpOptions = true, description = "Benchmark: extraction.")
public final class BenchExtraction implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("bench extraction: not implemented yet");
        return 1;
    }
}
