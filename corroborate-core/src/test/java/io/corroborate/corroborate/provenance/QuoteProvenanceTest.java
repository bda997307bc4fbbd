package io.corroborate.corroborate.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.annotate.Anchor;
import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Quote;
import io.corroborate.annotate.QuoteKind;
import io.corroborate.corroborate.QuoteCopy;
import io.corroborate.corroborate.QuoteGroup;
import io.corroborate.text.Article;
import io.corroborate.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteProvenanceTest {
    static final String FULL = "We will rebuild the pier before the summer, and every fisherman will be paid for lost days";

    /** An article whose text holds one quote, credited as given; quotes are built by hand. */
    static AnnotatedArticle article(String id, LocalDate published, String before, String quote, String after,
                                    String speaker, String canonical, QuoteKind kind) {
        String text = before + quote + after;
        Article a = Article.of(id, text).withPublished(published);
        Span span = new Span(before.length(), before.length() + quote.length());
        List<Quote> quotes = new ArrayList<>();
        Quote.Speaker sp = null;
        Quote.Cue cue = null;
        int at = text.indexOf(speaker == null ? "\u0000" : speaker);
        if (speaker != null && at >= 0) {
            sp = new Quote.Speaker(new Span(at, at + speaker.length()), speaker, null, canonical, EntityType.PERSON);
            int said = text.indexOf("said");
            if (said >= 0) cue = new Quote.Cue(new Span(said, said + 4), "said");
        }
        quotes.add(new Quote(span, List.of(span), quote, kind, sp, cue, false));
        return new AnnotatedArticle(a, Anchor.NONE, List.of(), List.of(), List.of(), List.of(), List.of(), quotes);
    }

    static List<AnnotatedArticle> story() {
        return List.of(
                article("tide", LocalDate.of(2031, 4, 2), "\u201c", FULL, ",\u201d Mayor Ines Calder said.",
                        "Ines Calder", "Ines Calder", QuoteKind.DIRECT),
                article("beacon", LocalDate.of(2031, 4, 1), "\"", FULL.replace("We will", "WE WILL"), ",\" Calder said.",
                        "Calder", "Ines Calder", QuoteKind.DIRECT),
                article("post", LocalDate.of(2031, 4, 3), "Calder promised that \u201c",
                        "every fisherman will be paid for lost days", "\u201d, she said.", "she", "Ines Calder",
                        QuoteKind.PARTIAL),
                article("wire", LocalDate.of(2031, 4, 3), "\u201c",
                        "We will repair the pier before the summer, and every fisherman will be paid for lost days",
                        ",\u201d harbour master Tomas Reyes said.", "Tomas Reyes", "Tomas Reyes", QuoteKind.DIRECT));
    }

    static QuoteCopy copyOf(QuoteGroup g, String article) {
        return g.copies().stream().filter(c -> c.articleId().equals(article)).findFirst().orElseThrow();
    }

    @Test
    void copiesOfOneQuoteFormOneGroupMarkedByForm() {
        List<QuoteGroup> groups = new QuoteProvenance().group(story());
        assertEquals(1, groups.size(), groups.toString());
        QuoteGroup g = groups.get(0);
        assertEquals("q1", g.id());
        assertEquals("verbatim", copyOf(g, "tide").form());
        assertEquals("verbatim", copyOf(g, "beacon").form()); // case and quote-mark style do not count
        assertEquals("trimmed", copyOf(g, "post").form());
        QuoteCopy wire = copyOf(g, "wire");
        assertEquals("altered", wire.form());
        assertEquals(List.of("rebuild \u2192 repair"), wire.changed());
    }

    @Test
    void groupNamesEverySpeakerAndTheEarliestArticle() {
        QuoteGroup g = new QuoteProvenance().group(story()).get(0);
        assertEquals(List.of("Ines Calder", "Tomas Reyes"), g.speakers());
        assertEquals("beacon", g.earliest());
        assertEquals(List.of("beacon", "tide", "post", "wire"), g.articles());
        assertEquals("Calder", copyOf(g, "beacon").speaker());
        assertEquals("she", copyOf(g, "post").speaker());
        assertEquals("Ines Calder", copyOf(g, "post").speakerCanonical());
        assertEquals("said", copyOf(g, "tide").cue());
    }

    @Test
    void copySpansPointAtTheQuoteInTheArticle() {
        List<AnnotatedArticle> story = story();
        for (QuoteCopy c : new QuoteProvenance().group(story).get(0).copies()) {
            String text = story.stream().filter(a -> a.id().equals(c.articleId())).findFirst().orElseThrow().text();
            assertEquals(c.text(), c.span().of(text));
        }
    }

    @Test
    void differentQuotesStayApartAndIndirectSpeechIsIgnored() {
        List<AnnotatedArticle> story = List.of(
                article("a", null, "\u201c", "The ferry timetable changes on the first of June", "\u201d",
                        null, null, QuoteKind.DIRECT),
                article("b", null, "\u201c", "Nobody asked the fishermen what they need this summer", "\u201d",
                        null, null, QuoteKind.DIRECT),
                article("c", null, "She said ", "the ferry timetable changes on the first of June", ".",
                        null, null, QuoteKind.INDIRECT));
        List<QuoteGroup> groups = new QuoteProvenance().group(story);
        assertEquals(2, groups.size());
        assertTrue(groups.stream().allMatch(g -> g.copies().size() == 1));
        assertEquals("a", groups.get(0).earliest()); // undated: input order
        assertEquals(List.of(), groups.get(0).speakers());
    }

    @Test
    void scareQuotesOfTwoWordsAreNotGrouped() {
        List<AnnotatedArticle> story = List.of(
                article("a", null, "a \u201c", "lasting calm", "\u201d", null, null, QuoteKind.PARTIAL),
                article("b", null, "a \u201c", "lasting calm", "\u201d", null, null, QuoteKind.PARTIAL));
        assertEquals(List.of(), new QuoteProvenance().group(story));
    }
}
