package io.corroborate.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Annotator;
import io.corroborate.annotate.Timex;
import io.corroborate.text.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleAnchorFinderTest {
    private static final Annotator A = Annotator.standard();
    private final RuleAnchorFinder finder = new RuleAnchorFinder();

    // Written for this test: a seed-like report without metadata, dated only by what its text says.
    private static final String REPORT = """
            Harbour talks end with a deal on fishing quotas
            Ministers from the two coastal states agreed on Tuesday to share the northern fishing grounds, \
            after a four-hour meeting in the port city.
            "We have found a fair way forward," the fisheries minister said on Wednesday.
            - Fisheries Office (@FishOffice) March 18, 2025
            """;

    @Test
    void datelineWins() {
        String text = "Port strike ends\nUpdated: April 2, 2025 10:30 a.m.\nDock workers went back on Monday. "
                + "The union was founded on May 1, 1990.";
        assertEquals(Optional.of(LocalDate.of(2025, 4, 2)), finder.find(A.parse(text)));
    }

    @Test
    void latestFullDateWithoutDateline() {
        String text = "The treaty of June 5, 2001 was replaced on March 3, 2024, and the ministers met again on "
                + "January 9, 2025 in Oslo.";
        assertEquals(Optional.of(LocalDate.of(2025, 1, 9)), finder.find(A.parse(text)));
    }

    @Test
    void futureDatesAndYearlessDatesDoNotAnchor() {
        assertTrue(finder.find(A.parse("The talks took place on Tuesday, March 18.")).isEmpty());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 1)), finder.find(A.parse(
                "The fund opened on March 1, 2025. The fund will close on December 31, 2026.")));
    }

    @Test
    void statedDateResolvesTheWeekday() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 18)), finder.find(A.parse(REPORT)));
        AnnotatedArticle a = A.annotate(Article.of("report", REPORT));
        assertEquals("text", a.anchor().source());
        Timex tuesday = a.timexes().stream().filter(t -> t.text().equals("Tuesday")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 18), tuesday.date());
    }

    @Test
    void anArticleWithoutDatesTakesItsStorysStatedDate() {
        Article dated = Article.of("dated", REPORT);
        Article undated = Article.of("undated", "The fishing deal agreed on Tuesday, Mar. 18 ends a long dispute. "
                + "Boats will return to the grounds on Friday.");
        List<AnnotatedArticle> story = A.annotateStory(List.of(dated, undated));
        AnnotatedArticle u = story.get(1);
        assertEquals("story", u.anchor().source());
        assertEquals(LocalDate.of(2025, 3, 18), u.anchor().date());
        assertEquals("2025-03-18", u.timexes().stream().filter(t -> t.text().startsWith("Tuesday")).findFirst()
                .orElseThrow().value());
        assertEquals("2025-03-21", u.timexes().stream().filter(t -> t.text().equals("Friday")).findFirst()
                .orElseThrow().value());
    }

    @Test
    void publicationDateAnchorsTuesdayToTheDayBefore() {
        AnnotatedArticle a = A.annotate(Article.of("report", REPORT).withPublished(LocalDate.of(2025, 3, 19)));
        assertEquals("metadata", a.anchor().source());
        List<Timex> ts = a.timexes();
        assertEquals("2025-03-18", ts.stream().filter(t -> t.text().equals("Tuesday")).findFirst().orElseThrow().value());
        assertEquals("2025-03-19", ts.stream().filter(t -> t.text().equals("Wednesday")).findFirst().orElseThrow().value());
        assertEquals("PT4H", ts.stream().filter(t -> t.text().equals("four-hour")).findFirst().orElseThrow().value());
    }
}
