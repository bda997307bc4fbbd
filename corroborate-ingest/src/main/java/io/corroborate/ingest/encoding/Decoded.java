package io.corroborate.ingest.encoding;

import java.nio.charset.Charset;

/**
 * Text decoded from a file's bytes.
 *
 * @param text    the characters, without the byte-order mark (offsets index this string)
 * @param charset the charset used
 * @param method  how the charset was chosen
 */
public record Decoded(String text, Charset charset, Method method) {
    /** How a charset was chosen; only {@link #GUESSED} is worth a warning. */
    public enum Method {
        /** A byte-order mark named it. */
        BOM,
        /** The bytes are valid UTF-8 (plain ASCII included). */
        VALID_UTF8,
        /** Zero bytes in alternate positions: UTF-16 without a byte-order mark. */
        UTF16_PATTERN,
        /** Not valid UTF-8: the most plausible single-byte charset was chosen. */
        GUESSED
    }

    /** Whether a reader should be told the charset was a guess. */
    public boolean guessed() {
        return method == Method.GUESSED;
    }
}
