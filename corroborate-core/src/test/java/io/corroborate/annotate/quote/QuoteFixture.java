package io.corroborate.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.annotate.Mention;
import io.corroborate.annotate.Parsed;
import io.corroborate.annotate.Quote;
import io.corroborate.annotate.sentence.RuleSentenceSplitter;
import io.corroborate.annotate.sentence.RuleTokenizer;
import java.util.List;

/** Runs the quote rules on a text written for a test, and checks the offset contract every quote keeps. */
final class QuoteFixture {
    private QuoteFixture() {
    }

    static Parsed parse(String text) {
        var sentences = new RuleSentenceSplitter().split(text);
        return new Parsed(text, sentences, new RuleTokenizer().tokenize(text, sentences));
    }

    static List<Quote> quotes(String text) {
        return quotes(text, List.of());
    }

    static List<Quote> quotes(String text, List<Mention> mentions) {
        List<Quote> qs = new RuleQuoteExtractor().extract(parse(text), mentions);
        for (Quote q : qs) {
            assertEquals(q.span().of(text), q.text());
            assertTrue(q.span().contains(q.parts().getFirst()) && q.span().contains(q.parts().getLast()));
            if (q.speaker() != null) assertEquals(q.speaker().span().of(text), q.speaker().text());
            if (q.cue() != null) assertEquals(q.cue().span().of(text), q.cue().text());
        }
        return qs;
    }
}
