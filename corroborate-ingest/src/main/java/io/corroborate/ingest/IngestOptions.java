package io.corroborate.ingest;

import io.corroborate.ingest.fetch.FetchLimits;
import java.util.Objects;

/**
 * How a run ingests.
 *
 * @param fetch          download pages over the network: URL lists, and feed entries' links (off by default:
 *                       nothing leaves the machine unless asked)
 * @param fetchLimits    timeouts, size caps and concurrency of the HTTP client
 * @param detectLanguage tell each article's language (the model loads once, about a second)
 */
public record IngestOptions(boolean fetch, FetchLimits fetchLimits, boolean detectLanguage) {
    public static final IngestOptions DEFAULT = new IngestOptions(false, FetchLimits.DEFAULT, true);

    public IngestOptions {
        Objects.requireNonNull(fetchLimits, "fetchLimits");
    }

    public IngestOptions withFetch(boolean on) {
        return new IngestOptions(on, fetchLimits, detectLanguage);
    }
}
