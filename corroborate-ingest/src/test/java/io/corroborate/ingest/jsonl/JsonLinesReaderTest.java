package io.corroborate.ingest.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.Ingestor;
import io.corroborate.text.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    static final String LINES = String.join("\n",
            "{\"id\": \"ferry\", \"text\": \"The ferry resumed service on Tuesday.\", \"title\": \"Ferry back\", "
                    + "\"url\": \"https://news.example/ferry\", \"source\": \"Harbour Gazette\", \"published\": \"2025-03-18\"}",
            "",
            "{\"html\": \"<html><head><title>Council vote</title></head><body><p>The council approved the plan.</p></body></html>\", "
                    + "\"published\": \"2025-03-18T09:30:00+01:00\"}",
            "this line is not json",
            "[1, 2, 3]",
            "{\"title\": \"no body at all\"}",
            "{\"text\": \"Dated oddly.\", \"published\": \"last Tuesday\"}",
            "{\"text\": \"   \"}",
            "{\"text\": \"Windows line end.\"}\r") + "\n";

    static List<Article> read(Path file, IngestLog log) throws IOException {
        List<Article> out = new ArrayList<>();
        new JsonLinesReader().read(file, file.getFileName().toString(), out::add, log);
        return out;
    }

    @Test
    void eachGoodLineIsAnArticleAndEachBadLineIsNamedByNumber(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("export.jsonl");
        Files.writeString(f, LINES);
        IngestLog log = new IngestLog();
        List<Article> out = read(f, log);

        assertEquals(List.of("ferry", "export-3", "export-7", "export-9"), out.stream().map(Article::id).toList());
        Article ferry = out.get(0);
        assertEquals("export.jsonl:1", ferry.path());
        assertEquals("Ferry back", ferry.title());
        assertEquals("https://news.example/ferry", ferry.url());
        assertEquals("Harbour Gazette", ferry.source());
        assertEquals(LocalDate.of(2025, 3, 18), ferry.published());
        assertEquals("The ferry resumed service on Tuesday.", ferry.text());

        Article council = out.get(1);
        assertEquals("Council vote", council.title());
        assertTrue(council.text().contains("The council approved the plan."), council.text());
        assertEquals("2025-03-18T09:30+01:00", council.publishedIso());
        assertEquals(LocalDate.of(2025, 3, 18), council.published());

        assertNull(out.get(2).published());
        assertEquals(List.of("\"published\" is not an ISO-8601 date: last Tuesday"), out.get(2).warnings());
        assertEquals("Windows line end.", out.get(3).text());

        assertEquals(Map.of("bad-line", 3, "empty", 1), log.skippedByReason());
        List<String> named = log.problems().stream().map(IngestLog.Problem::toString).toList();
        assertTrue(named.contains("export.jsonl:4: not JSON: Unrecognized token 'this': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"), named.toString());
        assertTrue(named.contains("export.jsonl:5: not a JSON object"), named.toString());
        assertTrue(named.contains("export.jsonl:6: no \"text\" or \"html\" field"), named.toString());
        assertTrue(named.contains("export.jsonl:8: article text is empty"), named.toString());
    }

    @Test
    void gzippedLinesAreReadAndATruncatedGzipKeepsTheLinesBeforeTheCut(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            sb.append("{\"id\": \"a").append(i).append("\", \"text\": \"Report number ").append(i)
                    .append(" on the harbour works, with enough words to fill a line.\"}\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = out.toByteArray();
        Path ok = dir.resolve("all.jsonl.gz");
        Files.write(ok, whole);
        assertEquals(400, read(ok, new IngestLog()).size());

        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        IngestLog log = new IngestLog();
        List<Article> some = read(cut, log);
        assertTrue(some.size() > 10 && some.size() < 400, "read " + some.size());
        for (int i = 0; i < some.size(); i++) assertEquals("a" + (i + 1), some.get(i).id());
        assertEquals(Map.of("truncated", 1), log.skippedByReason());
        assertTrue(log.problems().get(0).reason().startsWith("compressed data ends early or is corrupt after line "), log.problems().toString());
    }

    @Test
    void aBinaryFileIsGivenUpOnAfterABoundedNumberOfBadLines(@TempDir Path dir) throws IOException {
        byte[] noise = new byte[200_000];
        new java.util.Random(3).nextBytes(noise);
        Path f = dir.resolve("noise.jsonl");
        Files.write(f, noise);
        IngestLog log = new IngestLog();
        assertTrue(read(f, log).isEmpty());
        assertEquals(1, log.skippedByReason().get("not-jsonl"), log.skippedByReason().toString());
        assertEquals(JsonLinesReader.MAX_BAD_BEFORE_GOOD, log.skippedByReason().get("bad-line"));
    }

    @Test
    void anEmptyFileIsReported(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("none.jsonl");
        Files.writeString(f, "");
        IngestLog log = new IngestLog();
        assertTrue(read(f, log).isEmpty());
        assertEquals(Map.of("empty", 1), log.skippedByReason());
    }

    @Test
    void idsRepeatedAcrossLinesAreMadeUniqueByTheIngestor(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("dup.jsonl");
        Files.writeString(f, "{\"id\": \"x\", \"text\": \"First report of the storm.\"}\n{\"id\": \"x\", \"text\": \"Second report of the storm.\"}\n");
        List<Article> out = Ingestor.standard().readAll(List.of(f.toString()), new IngestLog());
        assertEquals(List.of("x", "x~2"), out.stream().map(Article::id).toList());
    }

    @Test
    void datesNormalise() {
        assertEquals("2025-03-18", JsonLinesReader.normaliseDate("2025-03-18"));
        assertEquals("2025-03-18T09:30Z", JsonLinesReader.normaliseDate("2025-03-18T09:30:00Z"));
        assertEquals("2025-03-18T09:30", JsonLinesReader.normaliseDate("2025-03-18T09:30"));
        assertNull(JsonLinesReader.normaliseDate("18/03/2025"));
    }
}
