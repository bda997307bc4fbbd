package io.corroborate.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.ingest.IngestLog;
import io.corroborate.text.Article;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFileReaderTest {
    @TempDir
    Path dir;

    private static final String PAGE = "<html lang='fr'><head><title>Le port ferme un terminal</title>"
            + "<link rel='canonical' href='https://journal.example.fr/2024/05/02/port'></head><body><article>"
            + "<p>Le terminal nord du port fermera pour des travaux de réparation, après la découverte de fissures dans deux piliers.</p>"
            + "<p>Les travaux devraient durer environ six semaines, selon la météo et la livraison de l'acier.</p>"
            + "</article></body></html>";

    private final HtmlFileReader reader = new HtmlFileReader();

    private List<Article> read(Path file, IngestLog log) throws Exception {
        List<Article> out = new ArrayList<>();
        reader.read(file, file.getFileName().toString(), out::add, log);
        return out;
    }

    private static byte[] gzip(byte[] b) throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(b);
        }
        return bos.toByteArray();
    }

    @Test
    void gzippedHtmlIsReadDirectlyAndItsIdDropsBothExtensions() throws Exception {
        Path f = dir.resolve("port-story.html.gz");
        Files.write(f, gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        assertTrue(reader.accepts(f));
        List<Article> arts = read(f, new IngestLog());
        assertEquals(1, arts.size());
        Article a = arts.get(0);
        assertEquals("port-story", a.id());
        assertEquals("Le port ferme un terminal", a.title());
        assertEquals("https://journal.example.fr/2024/05/02/port", a.url());
        assertEquals("journal.example.fr", a.source());
        assertEquals("2024-05-02", a.publishedIso());
        assertEquals("fr", a.language());
        assertEquals(2, a.text().split("\n").length);
    }

    @Test
    void aTruncatedGzipGivesWhatCouldBeReadWithAWarning() throws Exception {
        byte[] full = gzip((PAGE + "<!--" + "x".repeat(50_000) + "-->").getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("cut.html.gz");
        Files.write(f, Arrays.copyOf(full, full.length - 20));
        IngestLog log = new IngestLog();
        List<Article> arts = read(f, log);
        assertEquals(1, arts.size());
        assertTrue(arts.get(0).warnings().get(0).startsWith("damaged gzip"), arts.get(0).warnings().toString());
        assertEquals("cut.html.gz", log.problems().get(0).input());
    }

    @Test
    void emptyBinaryAndTextlessPagesAreSkippedWithTheirReason() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.html"), "  \n");
        Path binary = Files.write(dir.resolve("binary.html"), new byte[] {0, 1, 2, 0, 0, 0, 'x', 0, 0, 0});
        Path textless = Files.writeString(dir.resolve("menu.htm"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        IngestLog log = new IngestLog();
        for (Path p : List.of(empty, binary, textless)) assertTrue(read(p, log).isEmpty());
        assertEquals(List.of("empty.html: file is empty", "binary.html: not a text file (binary content)",
                "menu.htm: page has no main text"), log.problems().stream().map(Object::toString).toList());
    }

    @Test
    void idsDropHtmlAndGzipExtensions() {
        assertEquals("a.b", HtmlFileReader.idOf(Path.of("x/a.b.html")));
        assertEquals("abc", HtmlFileReader.idOf(Path.of("abc.HTM.gz")));
        assertEquals("abc", HtmlFileReader.idOf(Path.of("abc.xhtml")));
    }
}
