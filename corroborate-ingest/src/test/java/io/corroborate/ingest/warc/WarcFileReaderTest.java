package io.corroborate.ingest.warc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.Ingestor;
import io.corroborate.text.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files written here with jwarc from pages written here: what comes out, what is skipped and why. */
class WarcFileReaderTest {
    static final Instant CRAWLED = Instant.parse("2025-03-18T09:30:00Z");

    static final String FERRY = page("Ferry service resumes",
            "The harbour ferry resumed service on Tuesday after a two-week stoppage.",
            "Operators said 14 crossings a day would run until the end of the month.");
    static final String COUNCIL = page("Council approves budget",
            "The town council approved a budget of 3.2 million euros late on Monday.",
            "Seven members voted in favour and two against, the clerk said.");
    static final String CAFE = "<html><head><title>Caf\u00e9 reopens</title></head><body><p>The caf\u00e9 on the quay "
            + "reopened its doors on Wednesday with a new na\u00efve mural.</p></body></html>";

    static String page(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><h1>").append(title).append("</h1>");
        for (String p : paragraphs) sb.append("<p>").append(p).append("</p>");
        return sb.append("</body></html>").toString();
    }

    /** Writes the test archive; returns the offsets of the records, in order. */
    static List<Long> writeArchive(Path file, WarcCompression compression) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            offsets.add(w.position());
            w.write(new WarcRequest.Builder(URI.create("https://news.example/ferry"))
                    .date(CRAWLED).body(new HttpRequest.Builder("GET", "/ferry").build()).build());
            offsets.add(w.position());
            w.write(response("https://news.example/ferry", 200, "text/html; charset=utf-8", FERRY.getBytes(UTF_8), null));
            offsets.add(w.position());
            w.write(response("https://news.example/council", 200, "text/html", gzip(COUNCIL.getBytes(UTF_8)), "gzip"));
            offsets.add(w.position());
            w.write(response("https://news.example/cafe", 200, "text/html; charset=windows-1252",
                    CAFE.getBytes(Charset.forName("windows-1252")), null));
            offsets.add(w.position());
            w.write(response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null));
            offsets.add(w.position());
            w.write(response("https://news.example/gone", 404, "text/html", page("Not found", "No such page.").getBytes(UTF_8), null));
            offsets.add(w.position());
            w.write(new WarcRevisit.Builder(URI.create("https://news.example/ferry"), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                    .date(CRAWLED).build());
            offsets.add(w.position());
            w.write(new WarcResource.Builder(URI.create("https://news.example/notice"))
                    .date(CRAWLED).body(MediaType.HTML_UTF8, page("Notice", "The harbour office closes early on Friday.").getBytes(UTF_8)).build());
            offsets.add(w.position());
            w.write(response("https://news.example/empty", 200, "text/html", "<html><body>  </body></html>".getBytes(UTF_8), null));
        }
        return offsets;
    }

    static WarcResponse response(String url, int status, String type, byte[] body, String encoding) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body);
        if (encoding != null) http.addHeader("Content-Encoding", encoding);
        return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http.build()).build();
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    record Result(List<Article> articles, IngestLog log) {
    }

    static Result read(Path file) throws IOException {
        IngestLog log = new IngestLog();
        List<Article> out = new ArrayList<>();
        new WarcFileReader().read(file, file.getFileName().toString(), out::add, log);
        return new Result(out, log);
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void everyHtmlResponseBecomesAnArticleWithItsUrlDateAndOffset(WarcCompression compression, @TempDir Path dir) throws IOException {
        Path file = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
        List<Long> offsets = writeArchive(file, compression);
        Result r = read(file);

        List<String> urls = r.articles().stream().map(Article::url).toList();
        assertEquals(List.of("https://news.example/ferry", "https://news.example/council", "https://news.example/cafe",
                "https://news.example/notice"), urls);
        Article ferry = r.articles().get(0);
        assertEquals(file.getFileName() + "#" + offsets.get(1), ferry.path());
        assertEquals("crawl-" + offsets.get(1), ferry.id());
        assertEquals(LocalDate.of(2025, 3, 18), ferry.published());
        assertEquals("2025-03-18T09:30:00Z", ferry.publishedIso());
        assertEquals("Ferry service resumes", ferry.title());
        assertTrue(ferry.text().contains("The harbour ferry resumed service on Tuesday"), ferry.text());
        assertTrue(r.articles().get(1).text().contains("approved a budget of 3.2 million euros"), "gzip content decoded");
        assertTrue(r.articles().get(2).text().contains("caf\u00e9 on the quay reopened its doors on Wednesday with a new na\u00efve mural"),
                "windows-1252 decoded: " + r.articles().get(2).text());

        assertEquals(Map.of("non-html", 1, "status", 1, "revisit", 1, "empty", 1), r.log().skippedByReason());
        assertTrue(r.log().problems().stream().anyMatch(p -> p.input().equals(file.getFileName() + "#" + offsets.get(4))
                && p.reason().contains("image/png")), r.log().problems().toString());
        assertTrue(r.log().problems().stream().anyMatch(p -> p.input().equals(file.getFileName() + "#" + offsets.get(5))
                && p.reason().contains("HTTP 404")), r.log().problems().toString());
    }

    @Test
    void aTruncatedGzipArchiveGivesEveryRecordBeforeTheCut(@TempDir Path dir) throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        List<Long> offsets = writeArchive(whole, WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        // cut inside the gzip member of the cafe record
        long cut = offsets.get(3) + (offsets.get(4) - offsets.get(3)) / 2;
        Path cutFile = dir.resolve("cut.warc.gz");
        Files.write(cutFile, Arrays.copyOf(bytes, (int) cut));

        Result r = read(cutFile);
        List<String> urls = r.articles().stream().map(Article::url).toList();
        assertEquals("https://news.example/ferry", urls.get(0));
        assertEquals("https://news.example/council", urls.get(1));
        assertTrue(urls.size() <= 3, urls.toString());
        assertFalse(r.log().problems().isEmpty(), "the cut is reported");
        assertTrue(r.log().problems().stream().allMatch(p -> p.input().startsWith("cut.warc.gz")), r.log().problems().toString());
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void garbageBetweenRecordsIsSkippedAndReadingResumes(WarcCompression compression, @TempDir Path dir) throws IOException {
        Path whole = dir.resolve("whole.warc");
        List<Long> offsets = writeArchive(whole, compression);
        byte[] bytes = Files.readAllBytes(whole);
        int at = offsets.get(2).intValue(); // before the council record
        byte[] junk = "\r\nthis is not a record\r\n\u0000\u0001\u0002 and neither is this\r\n\r\n".getBytes(UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(junk);
        out.write(bytes, at, bytes.length - at);
        Path damaged = dir.resolve(compression == WarcCompression.GZIP ? "damaged.warc.gz" : "damaged.warc");
        Files.write(damaged, out.toByteArray());

        Result r = read(damaged);
        assertEquals(List.of("https://news.example/ferry", "https://news.example/council", "https://news.example/cafe",
                "https://news.example/notice"), r.articles().stream().map(Article::url).toList());
        assertEquals(1, r.log().skippedByReason().get("broken"), r.log().problems().toString());
        assertTrue(r.log().problems().stream().anyMatch(p -> p.reason().contains("resumed at offset " + (at + junk.length))),
                r.log().problems().toString());
    }

    @Test
    void aResponseWithBadChunkingIsNamedAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("chunks.warc");
        String body = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "zz\r\n<html><body><p>Broken chunk sizes here.</p></body></html>\r\n0\r\n\r\n";
        try (WarcWriter w = new WarcWriter(Files.newOutputStream(file))) {
            w.write(new WarcResponse.Builder(URI.create("https://news.example/chunks")).date(CRAWLED)
                    .body(MediaType.HTTP_RESPONSE, body.getBytes(UTF_8)).build());
            w.write(response("https://news.example/ferry", 200, "text/html; charset=utf-8", FERRY.getBytes(UTF_8), null));
        }
        Result r = read(file);
        List<String> urls = r.articles().stream().map(Article::url).toList();
        // jwarc reads a body whose chunk sizes are not hex as unchunked: the page still comes out
        assertEquals(List.of("https://news.example/chunks", "https://news.example/ferry"), urls);
        assertTrue(r.articles().get(0).text().contains("Broken chunk sizes here."), r.articles().get(0).text());
    }

    @Test
    void anOversizePageIsSkippedAndCounted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.warc");
        writeArchive(file, WarcCompression.NONE);
        IngestLog log = new IngestLog();
        List<Article> out = new ArrayList<>();
        new WarcFileReader(200).read(file, "big.warc", out::add, log);
        assertEquals(2, log.skippedByReason().get("oversize"), log.problems().toString());
        assertTrue(log.problems().stream().anyMatch(p -> p.reason().equals("page body over 200 bytes (https://news.example/ferry)")));
        assertEquals(List.of("https://news.example/cafe", "https://news.example/notice"), out.stream().map(Article::url).toList());
    }

    @Test
    void binaryAndEmptyFilesNamedWarcAreReportedNotThrown(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("noise.warc.gz");
        byte[] noise = new byte[5000];
        new java.util.Random(7).nextBytes(noise);
        Files.write(binary, noise);
        Path empty = dir.resolve("empty.warc");
        Files.write(empty, new byte[0]);
        IngestLog log = new IngestLog();
        List<Article> out = Ingestor.standard().readAll(List.of(binary.toString(), empty.toString()), log);
        assertTrue(out.isEmpty());
        assertTrue(log.problems().stream().anyMatch(p -> p.input().startsWith(binary.toString())), log.problems().toString());
    }

    @Test
    void theIngestorReadsArchivesInAFolder(@TempDir Path dir) throws IOException {
        writeArchive(dir.resolve("a.warc.gz"), WarcCompression.GZIP);
        IngestLog log = new IngestLog();
        List<Article> out = Ingestor.standard().readAll(List.of(dir.toString()), log);
        assertEquals(4, out.size());
        assertEquals("en", out.get(0).language());
        assertTrue(log.summary().startsWith("read 4 articles, skipped 4"), log.summary());
    }

    @Test
    void parallelExtractionGivesExactlyTheSequentialOutput(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("many.warc.gz");
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < 120; i++) {
                String url = "https://news.example/item/" + i;
                if (i % 5 == 3) {
                    w.write(response(url, 200, "image/png", new byte[] {1, 2, 3}, null));
                } else if (i % 7 == 0) {
                    w.write(response(url, 200, "text/html", "<html><body></body></html>".getBytes(UTF_8), null));
                } else {
                    w.write(response(url, 200, "text/html; charset=utf-8", page("Item " + i,
                            "Report number " + i + " on the harbour works, with a few words more than the last one.",
                            "The second paragraph of report " + i + " names no one.").getBytes(UTF_8), null));
                }
            }
        }
        IngestLog seqLog = new IngestLog();
        List<Article> seq = new ArrayList<>();
        new WarcFileReader(WarcFileReader.DEFAULT_MAX_BODY_BYTES, false).read(file, "many.warc.gz", seq::add, seqLog);
        IngestLog parLog = new IngestLog();
        List<Article> par = new ArrayList<>();
        new WarcFileReader(WarcFileReader.DEFAULT_MAX_BODY_BYTES, true).read(file, "many.warc.gz", par::add, parLog);
        assertTrue(seq.size() > 60, "articles: " + seq.size());
        assertEquals(seq, par);
        assertEquals(seqLog.problems(), parLog.problems());
        assertEquals(seqLog.skippedByReason(), parLog.skippedByReason());
    }
}
