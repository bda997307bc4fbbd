package io.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example (examples/harbour-bridge, written for this project): every difference it was written
 * with must come out of {@code analyze}, and nothing else.
 */
class ExampleEndToEndTest {
    private static final List<String> IDS = List.of("aldmere-courier", "bayline-news", "civic-wire",
            "harbourside-gazette", "northshore-daily");
    /** Page junk lines of the example files: none may reach any output text. */
    private static final List<String> FURNITURE = List.of("Local", "Advertisement", "Share this story",
            "Sign up for our evening newsletter", "By Petra Lowell", "Photo: Harbour Authority handout", "READ NEXT",
            "Tram Line Extension", "Follow us for live updates", "Transport", "Get our app", "Leave a comment", "cookies");

    @TempDir
    static Path tmp;
    static Path corpus;
    static DossierJson dossier;

    @BeforeAll
    static void analyzeExample() throws Exception {
        corpus = DossierJson.projectRoot().resolve("examples/harbour-bridge");
        dossier = DossierJson.analyze(corpus, tmp.resolve("example.json"));
    }

    @Test
    void articlesCarryTheirSidecarsAndTitles() {
        List<JsonNode> articles = dossier.list("articles");
        assertEquals(IDS, articles.stream().map(a -> a.path("id").asText()).toList(), "sidecars are not articles");
        JsonNode courier = articles.get(0), bayline = articles.get(1), civic = articles.get(2);
        assertEquals("The Aldmere Courier", courier.path("source").asText());
        assertEquals("2031-03-12", courier.path("published").asText());
        assertEquals("Harbour Bridge Closed After Inspectors Find Crack in Cable Anchor", courier.path("title").asText());
        assertEquals("Harbour Bridge Closure Could Last Weeks, Officials Warn", bayline.path("title").asText());
        assertTrue(bayline.path("published").isNull());
        assertEquals("Civic Wire", civic.path("source").asText(), "source from the file name");
        assertEquals("2031-03-13", articles.get(4).path("published").asText());
        assertTrue(dossier.list("warnings").isEmpty(), dossier.root.path("warnings").toString());
    }

    @Test
    void pageJunkNeverReachesTheDossier() {
        String json = dossier.root.path("claims").toString() + dossier.root.path("summary") + dossier.root.path("quotes")
                + dossier.root.path("timeline") + dossier.root.path("conflicts");
        for (String junk : FURNITURE) {
            assertFalse(json.contains("\"" + junk) || json.contains(junk + "\""), junk);
        }
        assertFalse(json.toLowerCase(Locale.ROOT).contains("cookies"));
    }

    @Test
    void closureWeekdayIsOneConflictWithTwoSides() {
        List<JsonNode> dates = dossier.conflicts("date");
        assertEquals(1, dates.size(), dates.toString());
        JsonNode c = dates.get(0);
        assertEquals(2, c.path("sides").size());
        List<String> tuesday = DossierJson.strings(DossierJson.side(c, "^tuesday").orElseThrow().path("articles"));
        assertTrue(tuesday.containsAll(List.of("aldmere-courier", "harbourside-gazette", "bayline-news")), tuesday.toString());
        assertEquals(List.of("northshore-daily"),
                DossierJson.strings(DossierJson.side(c, "^wednesday").orElseThrow().path("articles")));
    }

    @Test
    void dailyTrafficFigureIsANumberConflict() {
        JsonNode c = dossier.conflictBetween("number", "60,000", "36,000").orElseThrow();
        assertEquals(List.of("bayline-news"), DossierJson.strings(DossierJson.side(c, "36,000").orElseThrow().path("articles")));
    }

    @Test
    void commissionerFirstNameIsANameConflict() {
        JsonNode c = dossier.conflictBetween("name", "mirela", "milena").orElseThrow(
                () -> new AssertionError(dossier.root.path("conflicts").toString()));
        assertEquals(List.of("northshore-daily"), DossierJson.strings(DossierJson.side(c, "milena").orElseThrow().path("articles")));
        assertEquals(List.of("aldmere-courier", "bayline-news", "harbourside-gazette"),
                DossierJson.strings(DossierJson.side(c, "mirela").orElseThrow().path("articles")));
    }

    @Test
    void quoteCreditedToTheMayorIsASpeakerConflict() {
        assertTrue(dossier.conflictBetween("speaker", "vasko", "renn").isPresent(), dossier.root.path("conflicts").toString());
    }

    @Test
    void commissionerQuoteProvenance() {
        List<JsonNode> groups = dossier.quotesWith("until every cable has been checked");
        assertEquals(1, groups.size(), "one group for all five copies");
        JsonNode q = groups.get(0);
        assertEquals(5, q.path("articles").size());
        assertEquals("aldmere-courier", q.path("earliest").asText());
        String speakers = q.path("speakers").toString();
        assertTrue(speakers.contains("Vasko") && speakers.contains("Renn"), speakers);
        for (JsonNode copy : q.path("copies")) {
            String expected = copy.path("articleId").asText().equals("northshore-daily") ? "trimmed" : "verbatim";
            assertEquals(expected, copy.path("form").asText(), copy.toString());
        }
    }

    @Test
    void factsOnlyOneOutletReportsAreItsUniqueClaims() {
        assertUnique("harbourside-gazette", "ferry", "extra sailings");
        assertUnique("bayline-news", "2019", "19 days");
        assertUnique("northshore-daily", "cyclist", "rust");
        assertUnique("civic-wire", "publish the inspection reports");
    }

    @Test
    void compatibleValuesAreNotConflicts() {
        for (JsonNode c : dossier.list("conflicts")) {
            String values = c.path("sides").findValuesAsText("value").toString().toLowerCase(Locale.ROOT);
            assertFalse(values.contains("hour"), "about three hours vs a three-hour inspection agree: " + c);
            assertFalse(values.contains("centimetre"), "the crack's length is the same everywhere: " + c);
        }
        assertTrue(dossier.list("conflicts").size() <= 4, "at most the four written-in disagreements");
    }

    @Test
    void htmlReportHighlightsTheDisputedDay() throws Exception {
        Path html = tmp.resolve("example.html");
        assertEquals(0, Main.run("analyze", corpus.toString(), "--format", "html", "--out", html.toString()));
        String page = Files.readString(html);
        assertTrue(page.contains("<mark>Wednesday</mark>"));
        assertTrue(page.contains("<mark>Tuesday</mark>"));
        assertTrue(page.contains("id=\"art-northshore-daily\""));
    }

    private static void assertUnique(String articleId, String... words) {
        List<JsonNode> claims = dossier.claimsWith(words);
        assertFalse(claims.isEmpty(), String.join(" ", words));
        assertEquals(List.of(articleId), DossierJson.strings(claims.get(0).path("articles")));
        assertTrue(dossier.uniqueClaimsOf(articleId).contains(claims.get(0).path("id").asText()), articleId);
    }
}
