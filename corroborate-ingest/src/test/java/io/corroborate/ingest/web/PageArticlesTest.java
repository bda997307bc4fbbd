package io.corroborate.ingest.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.ingest.IngestLog;
import io.corroborate.text.Article;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageArticlesTest {
    static final String DATED = "<html><head><title>Dune path reopens</title>"
            + "<meta property=\"article:published_time\" content=\"2025-02-03T08:00:00Z\"></head><body><article>"
            + "<h1>Dune path reopens</h1><p>The dune path north of the lighthouse reopened on Monday after storm repairs "
            + "that took three weeks and cost the district about 80,000 euros.</p></article></body></html>";

    @Test
    void thePagesOwnDateWinsOverTheCaptureDate() {
        Article a = PageArticles.extract(new WebPage("p", "crawl.warc#0", "https://x.example/dune", DATED.getBytes(UTF_8),
                "utf-8", Instant.parse("2025-03-01T00:00:00Z")), new IngestLog()).orElseThrow();
        assertEquals(LocalDate.of(2025, 2, 3), a.published());
        assertEquals("https://x.example/dune", a.url());
        assertTrue(a.warnings().stream().noneMatch(w -> w.equals(PageArticles.CAPTURE_DATE_WARNING)), a.warnings().toString());
    }

    @Test
    void withoutADateTheCaptureDateStandsInWithAWarning() {
        String undated = DATED.replace("<meta property=\"article:published_time\" content=\"2025-02-03T08:00:00Z\">", "");
        Article a = PageArticles.extract(new WebPage("p", "crawl.warc#0", "https://x.example/path", undated.getBytes(UTF_8),
                null, Instant.parse("2025-03-01T12:00:00Z")), new IngestLog()).orElseThrow();
        assertEquals("2025-03-01T12:00:00Z", a.publishedIso());
        assertTrue(a.warnings().contains(PageArticles.CAPTURE_DATE_WARNING), a.warnings().toString());
    }

    @Test
    void theTransportCharsetDecodesThePage() {
        String page = DATED.replace("storm repairs", "storm repairs to the caf\u00e9 terrace");
        Article a = PageArticles.extract(new WebPage("p", "x", null, page.getBytes(Charset.forName("windows-1252")),
                "windows-1252", null), new IngestLog()).orElseThrow();
        assertTrue(a.text().contains("caf\u00e9 terrace"), a.text());
    }

    @Test
    void anEmptyPageIsSkippedUnderItsPath() {
        IngestLog log = new IngestLog();
        assertTrue(PageArticles.extract(new WebPage("p", "a.jsonl:4", null, "<html><body> </body></html>".getBytes(UTF_8),
                null, null), log).isEmpty());
        assertEquals(Map.of("empty", 1), log.skippedByReason());
        assertEquals("a.jsonl:4", log.problems().get(0).input());
    }

    @Test
    void fragmentsKeepTheirBlocksOnSeparateLines() {
        assertEquals("First paragraph with bold words.\nSecond one.\nA list item",
                PageArticles.fragmentText("<p>First  paragraph with <b>bold</b> words.</p><p>Second one.</p><ul><li>A list item</li></ul>"));
        assertEquals("plain text", PageArticles.fragmentText("plain text"));
        assertEquals("", PageArticles.fragmentText(null));
    }
}
