package io.corroborate.cli.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** bench pipeline: placeholder. */
@Command(name = "pipeline", mixinStandardHelpOptions = true, description = "Benchmark: pipeline.")
public final class BenchPipeline implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("bench pipeline: not implemented yet");
        return 1;
    }
}
