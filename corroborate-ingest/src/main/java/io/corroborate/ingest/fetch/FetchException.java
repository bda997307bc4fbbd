package io.corroborate.ingest.fetch;

import java.io.IOException;

/** A download that did not give a usable page; {@link #kind()} is a stable code for logs and tests. */
public final class FetchException extends IOException {
    /** Why a download failed. */
    public enum Kind { TIMEOUT, STATUS, TOO_LARGE, CONTENT_TYPE, REDIRECTS, BAD_URL, NETWORK }

    private final Kind kind;

    public FetchException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public FetchException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The closing-count category: "fetch-timeout", "fetch-status", ... */
    public String category() {
        return "fetch-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
