package io.corroborate.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Undoes an HTTP Content-Encoding (gzip, deflate) on a payload already in memory, keeping whatever decodes before
 * damage: archived pages are often cut short, and a page missing its last bytes is still worth reading. The
 * output is capped, so a compression bomb stops at the cap.
 */
final class ContentDecoding {
    private ContentDecoding() {
    }

    /** @param bytes decoded bytes; empty when oversize */
    record Decoded(byte[] bytes, boolean oversize, String damage) {
    }

    static Decoded gunzip(byte[] raw, int max) {
        int start = gzipHeaderLength(raw);
        if (start < 0) return new Decoded(new byte[0], false, "not gzip data");
        // a missing checksum trailer goes unnoticed: the inflater finishing means the page is whole
        return inflate(raw, start, true, max);
    }

    /** "deflate" means zlib-wrapped data, but some servers send it raw: try both. */
    static Decoded inflate(byte[] raw, int max) {
        Decoded zlib = inflate(raw, 0, false, max);
        if (zlib.damage() == null || zlib.bytes().length > 0) return zlib;
        return inflate(raw, 0, true, max);
    }

    private static Decoded inflate(byte[] raw, int from, boolean nowrap, int max) {
        Inflater inf = new Inflater(nowrap);
        try {
            inf.setInput(raw, from, raw.length - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, Math.max(1024, raw.length * 4)));
            byte[] buf = new byte[16384];
            while (!inf.finished()) {
                int n;
                try {
                    n = inf.inflate(buf);
                } catch (DataFormatException e) {
                    return new Decoded(out.toByteArray(), false, "corrupt compressed data: " + e.getMessage());
                }
                if (n == 0) {
                    if (inf.needsInput()) return new Decoded(out.toByteArray(), false, "compressed data ends early");
                    if (inf.needsDictionary()) return new Decoded(out.toByteArray(), false, "compressed data needs a dictionary");
                }
                if (out.size() + n > max) return new Decoded(new byte[0], true, null);
                out.write(buf, 0, n);
            }
            return new Decoded(out.toByteArray(), false, null);
        } finally {
            inf.end();
        }
    }

    /** Length of the gzip member header (RFC 1952), or -1 when the bytes do not start one. */
    static int gzipHeaderLength(byte[] b) {
        if (b.length < 10 || (b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b || b[2] != 8) return -1;
        int flags = b[3] & 0xff;
        int p = 10;
        if ((flags & 4) != 0) { // FEXTRA
            if (p + 2 > b.length) return -1;
            p += 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
        }
        if ((flags & 8) != 0) p = skipZeroTerminated(b, p); // FNAME
        if (p >= 0 && (flags & 16) != 0) p = skipZeroTerminated(b, p); // FCOMMENT
        if (p >= 0 && (flags & 2) != 0) p += 2; // FHCRC
        return p < 0 || p > b.length ? -1 : p;
    }

    private static int skipZeroTerminated(byte[] b, int p) {
        while (p < b.length && b[p] != 0) p++;
        return p < b.length ? p + 1 : -1;
    }
}
