package io.corroborate.ingest.warc;

import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.web.PageArticles;
import io.corroborate.ingest.web.WebPage;
import io.corroborate.text.Article;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * One pass over one archive (single use, not thread-safe). Reads records from a start offset until the end or
 * until jwarc cannot parse; then {@link RecordStarts} finds the next place a record starts and reading resumes
 * there, so one damaged stretch costs only the records inside it.
 */
final class ArchiveWalk {
    private final Path file;
    private final String display;
    private final String idStem;
    private final int maxBodyBytes;
    private final IngestLog log;
    private final OrderedOutput out;
    private final Map<String, Integer> jwarcWarnings = new TreeMap<>();

    ArchiveWalk(Path file, String display, String idStem, int maxBodyBytes, boolean parallel, Consumer<Article> sink,
                IngestLog log) {
        this.file = file;
        this.display = display;
        this.idStem = idStem;
        this.maxBodyBytes = maxBodyBytes;
        this.log = log;
        this.out = new OrderedOutput(log, sink, parallel);
    }

    void run() throws IOException {
        RecordStarts starts = new RecordStarts(file);
        long next = 0;
        try {
            while (next >= 0) {
                next = readFrom(next, starts);
            }
        } finally {
            out.finish();
        }
        // jwarc warns per record (an ARC in gzip lacks every trailer): one line per kind of warning
        jwarcWarnings.forEach((w, n) -> log.warn(display, "archive irregularity: " + w + " (" + n
                + (n == 1 ? " record)" : " records)")));
    }

    /** Reads from {@code start}; returns where to resume after a damaged stretch, or -1 when the archive is done. */
    private long readFrom(long start, RecordStarts starts) throws IOException {
        long lastRecord = -1;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(start);
            WarcReader reader;
            try {
                reader = new WarcReader(channel);
            } catch (IOException | RuntimeException e) {
                return damaged(start, -1, e, starts);
            }
            reader.onWarning(w -> jwarcWarnings.merge(w, 1, Integer::sum));
            while (true) {
                Optional<WarcRecord> rec;
                try {
                    rec = reader.next();
                } catch (IOException | RuntimeException e) {
                    return damaged(start, lastRecord, e, starts);
                }
                if (rec.isEmpty()) return -1;
                lastRecord = reader.position();
                try {
                    handle(rec.get(), lastRecord);
                } catch (BrokenRecord e) {
                    out.skipped(display + "#" + lastRecord, "broken", e.getMessage());
                    long resume = starts.after(lastRecord);
                    if (resume < 0) return -1;
                    return resume;
                }
            }
        }
    }

    private long damaged(long segmentStart, long lastRecord, Exception e, RecordStarts starts) throws IOException {
        long from = lastRecord >= 0 ? lastRecord : segmentStart;
        String where = lastRecord >= 0 ? "after the record at offset " + lastRecord : "at offset " + segmentStart;
        // the first record start after the last good record may be an ARC header that only needs repair
        long candidate = lastRecord >= 0 ? starts.candidateAfter(lastRecord) : segmentStart;
        if (candidate >= 0 && repaired(candidate, starts.gzip())) {
            return starts.after(candidate);
        }
        long resume = starts.after(from);
        String then = resume >= 0 ? "; resumed at offset " + resume : "; no record follows";
        out.skipped(display + "#" + from, "broken", "unreadable " + where + ": " + describe(e) + then);
        return resume;
    }

    private boolean repaired(long position, boolean gzip) {
        Optional<ArcHeaderRepair.Repaired> r = ArcHeaderRepair.at(file, position, gzip);
        if (r.isEmpty()) return false;
        try (ArcHeaderRepair.Repaired rep = r.get()) {
            out.warn(display + "#" + position, "ARC header has spaces in its URL: read as " + rep.url());
            handle(rep.record(), position);
        } catch (BrokenRecord | IOException | RuntimeException e) {
            out.skipped(display + "#" + position, "broken", "repaired ARC record unreadable: " + describe(e));
        }
        return true;
    }

    private void handle(WarcRecord record, long offset) throws BrokenRecord {
        String at = display + "#" + offset;
        if (record instanceof WarcRevisit) {
            out.skipped(at, "revisit", "revisit record: no page stored");
            return;
        }
        try {
            if (record instanceof WarcResponse response) {
                handleResponse(response, offset, at);
            } else if (record instanceof WarcResource resource) {
                handleResource(resource, offset, at);
            }
            // warcinfo, request, metadata, conversion, continuation: not captures
        } catch (IOException | RuntimeException e) {
            throw new BrokenRecord(describe(e));
        }
    }

    private void handleResponse(WarcResponse response, long offset, String at) throws IOException {
        String target = response.target();
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            out.skipped(at, "non-html", "not an HTTP response (" + target + ")");
            return;
        }
        if (http.status() < 200 || http.status() > 299) {
            out.skipped(at, "status", "HTTP " + http.status() + " (" + target + ")");
            return;
        }
        MediaType type = safeType(() -> http.contentType());
        emit(type, () -> BodyBytes.readHttp(http, maxBodyBytes), target, response.date(), offset, at);
    }

    private void handleResource(WarcResource resource, long offset, String at) throws IOException {
        String target = resource.target();
        if (target == null || !(target.startsWith("http://") || target.startsWith("https://"))) {
            out.skipped(at, "non-html", "resource record is not a web capture (" + target + ")");
            return;
        }
        emit(safeType(resource::contentType), () -> BodyBytes.read(resource.body(), maxBodyBytes), target,
                resource.date(), offset, at);
    }

    private interface BodyRead {
        BodyBytes read() throws IOException;
    }

    private void emit(MediaType type, BodyRead body, String target, Instant date, long offset, String at)
            throws IOException {
        boolean declaredHtml = type != null && isHtml(type);
        if (type != null && !declaredHtml && !isSniffable(type)) {
            out.skipped(at, "non-html", type.base() + " (" + target + ")");
            return;
        }
        BodyBytes bytes = body.read();
        if (bytes.oversize()) {
            out.skipped(at, "oversize", "page body over " + maxBodyBytes + " bytes (" + target + ")");
            return;
        }
        if (!declaredHtml && !BodyBytes.looksLikeHtml(bytes.bytes())) {
            out.skipped(at, "non-html", (type == null ? "no content type" : type.base()) + ", not HTML (" + target + ")");
            return;
        }
        if (bytes.bytes().length == 0) {
            out.skipped(at, "empty", "empty page (" + target + ")");
            return;
        }
        String charset = type == null ? null : type.parameters().get("charset");
        out.page(new WebPage(idStem + "-" + offset, at, target, bytes.bytes(), charset, date), bytes.damage());
    }

    static boolean isHtml(MediaType type) {
        String base = type.base().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    // servers often send HTML as octet-stream or text/plain, or with no type at all: look at the bytes then
    private static boolean isSniffable(MediaType type) {
        String base = type.base().toString();
        return base.equals("application/octet-stream") || base.equals("text/plain") || !type.isValid();
    }

    private interface TypeSupplier {
        MediaType get() throws IOException;
    }

    private static MediaType safeType(TypeSupplier s) {
        try {
            return s.get();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        // jwarc quotes the bytes it choked on after ": ..."; binary there is noise in a log line
        int quote = m.indexOf(": ...");
        if (quote > 0) m = m.substring(0, quote);
        m = m.replaceAll("[^\\x20-\\x7e]+", "?").replaceAll("\\s+", " ");
        if (m.length() > 160) m = m.substring(0, 160) + "...";
        return e.getClass().getSimpleName() + ": " + m;
    }

    /** A record whose content could not be read; the stream after it is suspect. */
    private static final class BrokenRecord extends Exception {
        BrokenRecord(String message) {
            super(message, null, false, false);
        }
    }
}
