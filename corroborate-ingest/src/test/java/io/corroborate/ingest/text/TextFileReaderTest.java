package io.corroborate.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.Ingestor;
import io.corroborate.text.Article;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {
    private static final String STORY = "Tide Gauge Fails During Storm\n\nThe gauge at Pier 4 stopped on Sunday.\nShare this article\n";

    @TempDir
    Path dir;

    private List<Article> read(IngestLog log) {
        return Ingestor.standard().readAll(List.of(dir.toString()), log);
    }

    @Test
    void textIsTheFileVerbatimAndSidecarSetsDateAndSource() throws Exception {
        Files.writeString(dir.resolve("quay-gazette.txt"), STORY);
        Files.writeString(dir.resolve("quay-gazette.meta.json"),
                "{\"published\": \"2031-06-12\", \"source\": \"The Quay Gazette\", \"url\": \"https://example.org/a\"}");
        IngestLog log = new IngestLog();
        List<Article> articles = read(log);
        assertEquals(1, articles.size(), "the sidecar is not an article");
        Article a = articles.get(0);
        assertEquals("quay-gazette", a.id());
        assertEquals(STORY, a.text());
        assertEquals(LocalDate.of(2031, 6, 12), a.published());
        assertEquals("The Quay Gazette", a.source());
        assertEquals("https://example.org/a", a.url());
        assertEquals("Tide Gauge Fails During Storm", a.title());
        assertEquals(List.of("Tide Gauge Fails During Storm", "Share this article"),
                a.skipped().stream().map(s -> s.of(a.text())).toList());
        assertEquals(List.of(), log.problems());
    }

    @Test
    void sourceIsDerivedFromTheFileNameWithoutSidecar() throws Exception {
        Files.writeString(dir.resolve("07_harbour-herald_9f3a2c1d.md"), "Crews returned on Friday.\n");
        Article a = read(new IngestLog()).get(0);
        assertEquals("Harbour Herald", a.source());
        assertNull(a.published());
    }

    @Test
    void badSidecarWarnsAndTheArticleIsStillRead() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Crews returned on Friday.\n");
        Files.writeString(dir.resolve("a.meta.json"), "{\"published\": \"last Friday\"}");
        IngestLog log = new IngestLog();
        List<Article> articles = read(log);
        assertEquals(1, articles.size());
        assertNull(articles.get(0).published());
        assertTrue(log.problems().get(0).toString().contains("a.meta.json"), log.problems().toString());
        assertTrue(articles.get(0).warnings().get(0).contains("not a YYYY-MM-DD date"));
    }

    @Test
    void orphanSidecarIsNamedInAWarning() throws Exception {
        Files.writeString(dir.resolve("lonely.meta.json"), "{\"published\": \"2031-06-12\"}");
        IngestLog log = new IngestLog();
        assertEquals(List.of(), read(log));
        assertEquals("lonely.meta.json", log.problems().get(0).input());
    }

    @Test
    void emptyBlankBinaryAndLatin1FilesAreReportedByName() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Crews returned on Friday.\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        Files.write(dir.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.write(dir.resolve("old.txt"), "Le pont a été fermé « mardi ».\n".getBytes(Charset.forName("windows-1252")));
        IngestLog log = new IngestLog();
        List<Article> articles = read(log);
        assertEquals(List.of("good", "old"), articles.stream().map(Article::id).toList());
        assertEquals("Le pont a été fermé « mardi ».\n", articles.get(1).text());
        assertTrue(articles.get(1).warnings().get(0).contains("ISO-8859-1"), articles.get(1).warnings().toString());
        String problems = log.problems().toString();
        for (String f : List.of("empty.txt", "blank.txt", "picture.txt", "old.txt")) {
            assertTrue(problems.contains(f), f + " in " + problems);
        }
        assertEquals(3, log.skipped());
        assertEquals(2, log.skippedByReason().get("empty"));
        assertEquals(1, log.skippedByReason().get("binary"));
    }

    @Test
    void unreadableFileIsNamedAndTheRestRead() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Crews returned on Friday.\n");
        Path locked = Files.writeString(dir.resolve("locked.txt"), "Crews returned on Friday.\n");
        try {
            Files.setPosixFilePermissions(locked, java.util.Set.of());
        } catch (UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.abort("no POSIX permissions here");
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who reads anything");
        IngestLog log = new IngestLog();
        assertEquals(List.of("good"), read(log).stream().map(Article::id).toList());
        assertEquals("locked.txt", log.problems().get(0).input());
    }

    @Test
    void utf16FileKeepsItsCharacters() throws Exception {
        Files.write(dir.resolve("wide.txt"), ("\uFEFFCrews returned on Friday.\n").getBytes(StandardCharsets.UTF_16LE));
        Article a = read(new IngestLog()).get(0);
        assertEquals("Crews returned on Friday.\n", a.text());
    }
}
