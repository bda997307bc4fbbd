package io.corroborate.cli.bench;

import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.warc.WarcFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * WARC reading speed for {@code bench extraction}: writes a gzip WARC (one gzip member per record, as crawlers
 * and CC-NEWS do) of at least {@link #RECORDS} HTML response records, cycling through the given pages, then reads
 * it back through {@link WarcFileReader} (decompression, HTTP parsing, charset, page extraction: the whole
 * ingest path) and reports the rate. The archive is deleted afterwards.
 */
public final class WarcSpeed {
    /** Records written: enough that start-up costs vanish in the rate. */
    public static final int RECORDS = 10_000;

    private WarcSpeed() {
    }

    /**
     * @param htmlPages pages to archive ({@code .html}, or {@code .html.gz} read directly)
     * @param tmpDir    where the archive is written (and removed)
     * @return one line: records, megabytes on disk and of HTML, seconds, MB/s and records/s
     */
    public static String run(List<Path> htmlPages, Path tmpDir) {
        return run(htmlPages, tmpDir, RECORDS);
    }

    /** As {@link #run(List, Path)} with another number of records (tests, quick runs). */
    public static String run(List<Path> htmlPages, Path tmpDir, int records) {
        if (htmlPages.isEmpty()) throw new IllegalArgumentException("no pages to archive");
        try {
            List<byte[]> pages = new ArrayList<>();
            for (Path p : htmlPages) pages.add(readPage(p));
            Path warc = Files.createTempFile(tmpDir, "bench-", ".warc.gz");
            try {
                long htmlBytes = write(warc, pages, records);
                long diskBytes = Files.size(warc);
                IngestLog log = new IngestLog();
                AtomicLong articles = new AtomicLong();
                long t0 = System.nanoTime();
                new WarcFileReader().read(warc, warc.getFileName().toString(), a -> articles.incrementAndGet(), log);
                double secs = (System.nanoTime() - t0) / 1e9;
                return String.format(Locale.ROOT,
                        "WARC read: %d records (%d articles), %.1f MB gzip on disk, %.1f MB of HTML, %.2f s: "
                                + "%.1f MB/s on disk, %.1f MB/s of HTML, %.0f records/s",
                        records, articles.get(), diskBytes / 1e6, htmlBytes / 1e6, secs, diskBytes / 1e6 / secs,
                        htmlBytes / 1e6 / secs, records / secs);
            } finally {
                Files.deleteIfExists(warc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readPage(Path p) throws IOException {
        if (p.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(p);
    }

    /** Writes the archive; returns the HTML bytes archived. */
    private static long write(Path warc, List<byte[]> pages, int records) throws IOException {
        long html = 0;
        Instant date = Instant.parse("2025-03-18T09:30:00Z");
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                WarcCompression.GZIP)) {
            for (int i = 0; i < records; i++) {
                byte[] body = pages.get(i % pages.size());
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), body).build();
                w.write(new WarcResponse.Builder(URI.create("https://bench.example/page/" + i))
                        .date(date.plusSeconds(i)).body(http).build());
                html += body.length;
            }
        }
        return html;
    }
}
