package io.corroborate.ingest.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file's bytes. Stateless.
 *
 * <p>Order: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) wins; then UTF-16 without a mark, seen as
 * zero bytes in every other position of mostly-ASCII text; then the {@link BinarySniffer}; then strict
 * UTF-8; else the most plausible single-byte charset ({@link CharsetGuesser}). The mark itself is not part
 * of the returned text.
 */
public final class TextDecoder {
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) throws BinaryContentException {
        Decoded bom = byBom(bytes);
        if (bom != null) return bom;
        Charset utf16 = utf16ByPattern(bytes);
        if (utf16 != null) return new Decoded(new String(bytes, utf16), utf16, Decoded.Method.UTF16_PATTERN);
        var binary = BinarySniffer.binaryReason(bytes);
        if (binary.isPresent()) throw new BinaryContentException(binary.get());
        String utf8 = strictUtf8(bytes, 0);
        if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8, Decoded.Method.VALID_UTF8);
        Charset guess = CharsetGuesser.guess(bytes);
        return new Decoded(new String(bytes, guess), guess, Decoded.Method.GUESSED);
    }

    private static Decoded byBom(byte[] b) {
        // UTF-32 LE's mark starts with UTF-16 LE's, so it is tested first
        if (has(b, 0xFF, 0xFE, 0x00, 0x00)) return bom(b, 4, UTF_32LE);
        if (has(b, 0x00, 0x00, 0xFE, 0xFF)) return bom(b, 4, UTF_32BE);
        if (has(b, 0xEF, 0xBB, 0xBF)) {
            String s = strictUtf8(b, 3);
            // a mark followed by bytes that are not UTF-8: trust the bytes, not the mark
            return s != null ? new Decoded(s, StandardCharsets.UTF_8, Decoded.Method.BOM) : null;
        }
        if (has(b, 0xFF, 0xFE)) return bom(b, 2, StandardCharsets.UTF_16LE);
        if (has(b, 0xFE, 0xFF)) return bom(b, 2, StandardCharsets.UTF_16BE);
        return null;
    }

    private static Decoded bom(byte[] b, int skip, Charset cs) {
        return new Decoded(new String(b, skip, b.length - skip, cs), cs, Decoded.Method.BOM);
    }

    private static boolean has(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
        return true;
    }

    /** UTF-16 LE or BE when most odd (even) bytes of the sample are zero and almost no even (odd) ones are. */
    static Charset utf16ByPattern(byte[] b) {
        int n = Math.min(b.length, BinarySniffer.SAMPLE) & ~1;
        if (n < 4) return null;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero > 0.4 * pairs && evenZero < 0.05 * pairs) return StandardCharsets.UTF_16LE;
        if (evenZero > 0.4 * pairs && oddZero < 0.05 * pairs) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** The text when {@code b[from..]} is valid UTF-8, else null. */
    static String strictUtf8(byte[] b, int from) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
