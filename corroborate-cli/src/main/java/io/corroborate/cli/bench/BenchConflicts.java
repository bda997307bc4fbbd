package io.corroborate.cli.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** bench conflicts: placeholder. */
@Command(name = "conflicts", mixinStandardHelpOptions = true, description = "Benchmark: conflicts.")
public final class BenchConflicts implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("bench conflicts: not implemented yet");
        return 1;
    }
}
