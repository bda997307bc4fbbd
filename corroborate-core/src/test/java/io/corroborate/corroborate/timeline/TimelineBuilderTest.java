package io.corroborate.corroborate.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.corroborate.annotate.Anchor;
import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Timex;
import io.corroborate.annotate.TimexType;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Evidence;
import io.corroborate.corroborate.TimelineEntry;
import io.corroborate.text.Article;
import io.corroborate.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
    /** Sentences are the lines; each {word, value} pair tags the first occurrence of word. */
    static AnnotatedArticle article(String id, String text, String[][] timexes) {
        List<Sentence> sentences = new ArrayList<>();
        int at = 0;
        for (String line : text.split("\n")) {
            sentences.add(new Sentence(new Span(at, at + line.length())));
            at += line.length() + 1;
        }
        List<Timex> tx = new ArrayList<>();
        for (String[] t : timexes) {
            int s = text.indexOf(t[0]);
            TimexType type = t[1].startsWith("P") ? TimexType.DURATION : TimexType.DATE;
            LocalDate day = t[1].matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t[1]) : null;
            tx.add(new Timex(new Span(s, s + t[0].length()), t[0], type, t[1], day));
        }
        tx.sort((x, y) -> x.span().compareTo(y.span()));
        return new AnnotatedArticle(Article.of(id, text), Anchor.NONE, sentences, List.of(), List.of(), tx,
                List.of(), List.of());
    }

    @Test
    void datedSentencesAreSortedAndTheSameEventIsOneEntry() {
        AnnotatedArticle a = article("a", "The bridge closes on Monday.\nRepairs began in March.\nIt lasts 30 days.",
                new String[][] {{"Monday", "2031-05-05"}, {"March", "2031-03"}, {"30 days", "P30D"}});
        AnnotatedArticle b = article("b", "Crews arrive Sunday.\nOn May 5 the bridge closes.",
                new String[][] {{"Sunday", "2031-05-04"}, {"May 5", "2031-05-05"}});
        Claim closes = new Claim("c1", "The bridge closes on Monday.", List.of(
                new Evidence("a", a.sentences().get(0).span(), "The bridge closes on Monday.", null),
                new Evidence("b", b.sentences().get(1).span(), "On May 5 the bridge closes.", null)),
                List.of("a", "b"), "paraphrase");
        List<TimelineEntry> t = new TimelineBuilder().build(List.of(a, b), List.of(closes));
        assertEquals(List.of("2031-03", "2031-05-04", "2031-05-05"), t.stream().map(TimelineEntry::date).toList());
        TimelineEntry close = t.get(2);
        assertEquals("The bridge closes on Monday.", close.text());
        assertEquals(List.of("a", "b"), close.evidence().stream().map(Evidence::articleId).toList());
        assertEquals("May 5", close.evidence().get(1).highlight().of(b.text()));
    }

    @Test
    void weeksSortByTheirMondayAndUnresolvedDatesAreLeftOut() {
        AnnotatedArticle a = article("a", "Talks resume next week.\nA vote came on Friday.\nSomething happened once.",
                new String[][] {{"next week", "2031-W19"}, {"Friday", "2031-05-02"}});
        List<Timex> tx = new ArrayList<>(a.timexes());
        tx.add(new Timex(new Span(a.text().indexOf("once"), a.text().indexOf("once") + 4), "once", TimexType.DATE, null, null));
        AnnotatedArticle withUnresolved = new AnnotatedArticle(a.article(), a.anchor(), a.sentences(), a.tokens(),
                a.mentions(), tx, a.quantities(), a.quotes());
        List<TimelineEntry> t = new TimelineBuilder().build(List.of(withUnresolved), List.of());
        assertEquals(List.of("2031-05-02", "2031-W19"), t.stream().map(TimelineEntry::date).toList());
    }
}
