package io.corroborate.cli;

import io.corroborate.ingest.IngestOptions;
import io.corroborate.ingest.Ingestor;
import picocli.CommandLine.Option;

/** The {@code --fetch} option, shared by the commands that read inputs: off, nothing is downloaded. */
public final class FetchOption {
    @Option(names = "--fetch", description = "Download pages: the URLs of urls.txt lists, and feed entries' links "
            + "(polite: named User-Agent, timeouts, size cap, 2 requests at once per host). Off by default.")
    boolean fetch;

    /** The standard ingestor, fetching as asked. */
    public Ingestor ingestor() {
        return Ingestor.standard(IngestOptions.DEFAULT.withFetch(fetch));
    }
}
