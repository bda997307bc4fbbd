package io.corroborate.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Old crawlers wrote ARC header lines with raw spaces in the URL ("URL IP DATE MIME LENGTH" then has more than
 * five fields), which jwarc rightly refuses. When the last four fields are a plausible IP, date, type and length,
 * the leading fields are one URL: its spaces become %20 and the record is parsed from the repaired line.
 */
final class ArcHeaderRepair {
    private static final int MAX_LINE = 8192;
    private static final Pattern DATE = Pattern.compile("\\d{12,14}");
    private static final Pattern LENGTH = Pattern.compile("\\d{1,12}");
    private static final Pattern IP = Pattern.compile("[0-9a-fA-F:.\\-]+");

    private ArcHeaderRepair() {
    }

    /** A record read from a repaired header; close it after reading the record. */
    record Repaired(WarcRecord record, WarcReader reader, String url) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** The header line fixed, or null when it is not an ARC header with spaces in its URL. */
    static String repairLine(String line) {
        String[] f = line.strip().split(" +");
        int n = f.length;
        if (n <= 5) return null;
        if (!(f[0].contains("://") || f[0].startsWith("dns:"))) return null;
        if (!IP.matcher(f[n - 4]).matches() || !DATE.matcher(f[n - 3]).matches() || !f[n - 2].contains("/")
                || !LENGTH.matcher(f[n - 1]).matches()) {
            return null;
        }
        String url = String.join("%20", Arrays.copyOfRange(f, 0, n - 4));
        return url + " " + String.join(" ", Arrays.copyOfRange(f, n - 4, n));
    }

    /** Tries to read the record at {@code position} (a plain header line, or a gzip member holding one). */
    static Optional<Repaired> at(Path file, long position, boolean gzip) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
            ch.position(position);
            InputStream raw = Channels.newInputStream(ch);
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (line.size() >= MAX_LINE) {
                    ch.close();
                    return Optional.empty();
                }
                line.write(b);
            }
            String fixed = repairLine(line.toString(StandardCharsets.ISO_8859_1));
            if (fixed == null) {
                ch.close();
                return Optional.empty();
            }
            byte[] head = (fixed + "\n").getBytes(StandardCharsets.ISO_8859_1);
            WarcReader reader = new WarcReader(Channels.newChannel(new SequenceInputStream(new ByteArrayInputStream(head), in)));
            reader.onWarning(w -> { });
            Optional<WarcRecord> rec = reader.next();
            if (rec.isEmpty()) {
                reader.close();
                return Optional.empty();
            }
            return Optional.of(new Repaired(rec.get(), reader, fixed.substring(0, fixed.indexOf(' '))));
        } catch (IOException | RuntimeException e) {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
            return Optional.empty();
        }
    }
}
