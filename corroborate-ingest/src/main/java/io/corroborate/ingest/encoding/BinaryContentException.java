package io.corroborate.ingest.encoding;

import java.io.IOException;

/** The bytes are not text (see {@link BinarySniffer}); the message says why. */
public final class BinaryContentException extends IOException {
    public BinaryContentException(String reason) {
        super(reason);
    }
}
