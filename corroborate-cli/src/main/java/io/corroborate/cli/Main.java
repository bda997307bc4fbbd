package io.corroborate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The corroborate command. Subcommands live one per class. */
@Command(name = "corroborate", mixinStandardHelpOptions = true, version = "corroborate 0.1.0",
        description = "Reads many news reports of one event: what they agree on, where they conflict, who said what.",
        subcommands = {AnalyzeCommand.class, AnnotateCommand.class, ExtractCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
