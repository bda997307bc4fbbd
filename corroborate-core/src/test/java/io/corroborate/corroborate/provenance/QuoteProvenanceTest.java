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

    /** An article with hand-made quotes given as {start text, end text (exclusive, after start)} pairs. */
    static AnnotatedArticle withQuotes(String id, String text, QuoteKind kind, String... bounds) {
        List<Quote> quotes = new ArrayList<>();
        for (int k = 0; k < bounds.length; k += 2) {
            int s = text.indexOf(bounds[k]);
            int e = text.indexOf(bounds[k + 1], s) + bounds[k + 1].length();
            Span span = new Span(s, e);
            quotes.add(new Quote(span, List.of(span), span.of(text), kind, null, null, false));
        }
        return new AnnotatedArticle(Article.of(id, text), Anchor.NONE, List.of(), List.of(), List.of(), List.of(),
                List.of(), quotes);
    }

    @Test
    void aPartialQuoteIsOnlyItsQuotedWords() {
        AnnotatedArticle full = withQuotes("full", "\u201cThe pier reopens in May and the fish market returns with it,\u201d she said.",
                QuoteKind.DIRECT, "The pier", "with it");
        // the extractor's span covers the reported clause; only the words in marks are the quote
        AnnotatedArticle partial = withQuotes("partial",
                "The mayor told reporters that the council expects \u201cthe fish market returns with it\u201d soon.",
                QuoteKind.PARTIAL, "that the council", "soon");
        List<QuoteGroup> groups = new QuoteProvenance().group(List.of(full, partial));
        assertEquals(1, groups.size(), groups.toString());
        QuoteCopy copy = copyOf(groups.get(0), "partial");
        assertEquals("trimmed", copy.form());
        assertEquals("the fish market returns with it", copy.text());
        assertEquals(copy.text(), copy.span().of(partial.text()));
    }

    @Test
    void oneQuotationReportedTwiceInAnArticleIsOneCopy() {
        String text = "\u201cThe pier reopens in May and the fish market returns with it,\u201d she said, according to a statement.";
        AnnotatedArticle twice = withQuotes("twice", text, QuoteKind.DIRECT, "The pier", "with it", "the fish", "with it");
        QuoteGroup g = new QuoteProvenance().group(List.of(twice)).get(0);
        assertEquals(1, g.copies().size());
        assertEquals("The pier reopens in May and the fish market returns with it", g.text());
    }

    @Test
    void anAlteredCopyOfOnePassageListsOnlyThatPassagesChanges() {
        AnnotatedArticle full = withQuotes("full", "\u201cThe ferry runs all night. The pier reopens in May and the fish market returns with it.\u201d",
                QuoteKind.DIRECT, "The ferry", "with it.");
        AnnotatedArticle copy = withQuotes("copy", "\u201cThe pier opens in May and the fish market returns with it.\u201d",
                QuoteKind.DIRECT, "The pier", "with it.");
        QuoteGroup g = new QuoteProvenance().group(List.of(full, copy)).get(0);
        QuoteCopy c = copyOf(g, "copy");
        assertEquals("altered", c.form());
        assertEquals(List.of("reopens \u2192 opens"), c.changed());
    }
}
