package io.corroborate.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** extract: placeholder until the ingest work lands. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract each article's text and metadata as JSON Lines.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<String> inputs;

    @Override
    public Integer call() {
        System.err.println("extract: not implemented yet");
        return 1;
    }
}
