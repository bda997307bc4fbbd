package io.corroborate.ingest.encoding;

import java.util.Optional;

/**
 * Tells binary files (images, archives, executables) from text by their first bytes. Stateless.
 *
 * <p>Rules, in order: a known magic number; any NUL byte (text never has one, and UTF-16 is recognised
 * before this check); more than {@link #MAX_CONTROL_RATIO} of the sampled bytes being C0 control characters
 * other than tab, line feed, form feed and carriage return.
 */
public final class BinarySniffer {
    /** Bytes examined from the start of the file. */
    public static final int SAMPLE = 8192;
    /** Share of control bytes above which a file is binary (text has a handful at most). */
    public static final double MAX_CONTROL_RATIO = 0.02;

    private static final byte[][] MAGIC = {
            {'%', 'P', 'D', 'F', '-'}, {(byte) 0x89, 'P', 'N', 'G'}, {'P', 'K', 3, 4}, {0x1f, (byte) 0x8b},
            {'G', 'I', 'F', '8'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {0x7f, 'E', 'L', 'F'},
            {'B', 'Z', 'h'}, {(byte) 0xFD, '7', 'z', 'X', 'Z'}, {'7', 'z', (byte) 0xBC, (byte) 0xAF}};
    private static final String[] MAGIC_NAMES = {"PDF", "PNG", "ZIP", "gzip", "GIF", "JPEG", "ELF", "bzip2", "xz", "7z"};

    private BinarySniffer() {
    }

    /** Why the bytes look binary, or empty when they look like text. */
    public static Optional<String> binaryReason(byte[] bytes) {
        for (int m = 0; m < MAGIC.length; m++) {
            if (startsWith(bytes, MAGIC[m])) return Optional.of("binary file (" + MAGIC_NAMES[m] + " data)");
        }
        int n = Math.min(bytes.length, SAMPLE), controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return Optional.of("binary file (NUL byte at offset " + i + ")");
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') controls++;
        }
        if (n > 0 && controls > MAX_CONTROL_RATIO * n) {
            return Optional.of("binary file (" + controls + " control bytes in the first " + n + ")");
        }
        return Optional.empty();
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }
}
