package io.corroborate.ingest.warc;

import io.corroborate.ingest.FormatReader;
import io.corroborate.ingest.IngestLog;
import io.corroborate.text.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads WARC and ARC files, plain or gzip, with jwarc. Every HTML capture ({@code response} record, or a
 * {@code resource} record holding HTML) with a 2xx status becomes an article whose url is the record's target
 * URI, whose date is the record's date unless the page states one, and whose path is the archive path + "#" +
 * the record's offset. Revisits, non-HTML, non-2xx and broken records are logged as skipped with their offset
 * and reason. A stretch of bytes that is no record is skipped: reading resumes at the next record start found.
 * Records are streamed one at a time, so memory does not grow with the archive (a bounded window of pages, each at
 * most {@link #DEFAULT_MAX_BODY_BYTES}, waits for extraction on worker threads; output keeps record order).
 */
public final class WarcFileReader implements FormatReader {
    /** A page body larger than this (16 MiB, after content decoding) is skipped as oversize. */
    public static final int DEFAULT_MAX_BODY_BYTES = 16 << 20;

    private final int maxBodyBytes;
    private final boolean parallel;

    /** Pages extracted on all cores, output in record order. */
    public WarcFileReader() {
        this(DEFAULT_MAX_BODY_BYTES, true);
    }

    public WarcFileReader(int maxBodyBytes) {
        this(maxBodyBytes, true);
    }

    /**
     * @param maxBodyBytes page bodies larger than this are skipped
     * @param parallel     extract pages on worker threads (the output is the same either way)
     */
    public WarcFileReader(int maxBodyBytes, boolean parallel) {
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
        this.parallel = parallel;
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".arc") || n.endsWith(".arc.gz");
    }

    @Override
    public void read(Path file, String displayPath, Consumer<Article> sink, IngestLog log) throws IOException {
        new ArchiveWalk(file, displayPath, idStem(file), maxBodyBytes, parallel, sink, log).run();
    }

    /** "crawl-0001.warc.gz" -> "crawl-0001". */
    static String idStem(Path file) {
        String n = file.getFileName().toString();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String ext : new String[] {".gz", ".bad", ".warc", ".arc"}) {
                if (n.toLowerCase(Locale.ROOT).endsWith(ext) && n.length() > ext.length()) {
                    n = n.substring(0, n.length() - ext.length());
                    stripped = true;
                }
            }
        }
        return n;
    }
}
