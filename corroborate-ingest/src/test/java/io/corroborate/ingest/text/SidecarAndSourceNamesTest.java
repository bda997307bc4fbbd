package io.corroborate.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SidecarAndSourceNamesTest {
    @Test
    void dateTimeGivesTheDateAndKeepsTheTime() {
        Sidecar s = Sidecar.parse("{\"published\": \"2031-03-12T08:30:00Z\", \"title\": \" Bridge shut \"}");
        assertEquals(LocalDate.of(2031, 3, 12), s.published());
        assertEquals("2031-03-12T08:30:00Z", s.publishedIso());
        assertEquals("Bridge shut", s.title());
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void brokenSidecarsSayWhatIsWrong() {
        assertEquals("sidecar is not valid JSON", Sidecar.parse("{published: 2031").problems().get(0));
        assertEquals("sidecar is not a JSON object", Sidecar.parse("[\"2031-03-12\"]").problems().get(0));
        Sidecar s = Sidecar.parse("{\"published\": 20310312, \"source\": {\"name\": \"x\"}}");
        assertNull(s.published());
        assertNull(s.source());
    }

    @Test
    void sidecarSitsBesideItsArticle() {
        assertEquals(Path.of("in/a.b.meta.json"), Sidecar.pathFor(Path.of("in/a.b.txt")));
        assertTrue(Sidecar.isSidecar(Path.of("X.META.JSON")));
    }

    @Test
    void sourceNamesDropSerialsAndHashes() {
        assertEquals("Harbour Herald", SourceNames.fromStem("harbour-herald"));
        assertEquals("Quay Post", SourceNames.fromStem("012_quay_post_5e2a9c0f"));
        assertEquals("000_0aaed7e2", SourceNames.fromStem("000_0aaed7e2"));
        assertEquals("BBC", SourceNames.fromStem("BBC"));
    }
}
