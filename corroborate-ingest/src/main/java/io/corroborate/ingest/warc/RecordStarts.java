package io.corroborate.ingest.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Finds where the next record starts after a damaged stretch: the next gzip member in a gzip archive, else the
 * next line that opens a WARC record ("WARC/") or an ARC record (a URL header line). A candidate counts only when
 * jwarc parses a record header there. Scans read the file forward once per damaged stretch.
 */
final class RecordStarts {
    /** Candidates tried per damaged stretch before giving up on the rest of the archive. */
    static final int MAX_TRIES = 2_000;

    private static final byte[][] LINE_STARTS = {
            bytes("WARC/"), bytes("http://"), bytes("https://"), bytes("dns:"), bytes("ftp://"), bytes("filedesc://")};

    private final Path file;
    private final boolean gzip;

    RecordStarts(Path file) throws IOException {
        this.file = file;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(2);
            while (head.hasRemaining() && ch.read(head) >= 0) {
                // fill
            }
            gzip = head.position() == 2 && (head.get(0) & 0xff) == 0x1f && (head.get(1) & 0xff) == 0x8b;
        }
    }

    boolean gzip() {
        return gzip;
    }

    /** The first offset greater than {@code offset} where a record parses, or -1 when there is none. */
    long after(long offset) throws IOException {
        return scan(offset, true);
    }

    /** The first offset greater than {@code offset} that looks like a record start, parsed or not; or -1. */
    long candidateAfter(long offset) throws IOException {
        return scan(offset, false);
    }

    private long scan(long offset, boolean mustParse) throws IOException {
        int tries = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            // each block starts one byte before the first position it scans: a line start needs the byte before
            long blockStart = offset;
            while (blockStart + 1 < size) {
                buf.clear();
                ch.read(buf, blockStart);
                buf.flip();
                int limit = buf.limit();
                // a margin so that a signature straddling two blocks is seen whole in the next one
                int scanEnd = blockStart + limit >= size ? limit : limit - 16;
                for (int i = 1; i < scanEnd; i++) {
                    if (isCandidate(buf, i)) {
                        if (!mustParse) return blockStart + i;
                        if (++tries > MAX_TRIES) return -1;
                        if (parsesAt(blockStart + i)) return blockStart + i;
                    }
                }
                if (scanEnd <= 1 || blockStart + limit >= size) break;
                blockStart += scanEnd - 1;
            }
        }
        return -1;
    }

    private boolean isCandidate(ByteBuffer buf, int i) {
        if (gzip) {
            return i + 2 < buf.limit() && (buf.get(i) & 0xff) == 0x1f && (buf.get(i + 1) & 0xff) == 0x8b
                    && buf.get(i + 2) == 8;
        }
        // a record opens a line: the byte before is the LF that ends the previous record
        if (buf.get(i - 1) != '\n') return false;
        for (byte[] sig : LINE_STARTS) {
            if (matches(buf, i, sig)) return true;
        }
        return false;
    }

    private static boolean matches(ByteBuffer buf, int i, byte[] sig) {
        if (i + sig.length > buf.limit()) return false;
        for (int k = 0; k < sig.length; k++) {
            if (buf.get(i + k) != sig[k]) return false;
        }
        return true;
    }

    private boolean parsesAt(long position) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.position(position);
            WarcReader reader = new WarcReader(ch);
            reader.onWarning(w -> { });
            Optional<WarcRecord> rec = reader.next();
            return rec.isPresent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
