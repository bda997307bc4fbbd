package io.corroborate.cli;

import picocli.CommandLine.Command;

/** bench: measured figures (quality and speed) for README; each kind of bench is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure quality and speed on the public datasets and the bundled corpus.",
        subcommands = {io.corroborate.cli.bench.BenchExtraction.class, io.corroborate.cli.bench.BenchAnnotate.class,
                io.corroborate.cli.bench.BenchConflicts.class, io.corroborate.cli.bench.BenchPipeline.class,
                io.corroborate.cli.bench.BenchSummaries.class})
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
