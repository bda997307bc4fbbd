package io.corroborate.annotate.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.annotate.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSentenceSplitterTest {
    private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();

    private List<String> split(String text) {
        List<Sentence> ss = splitter.split(text);
        int last = -1;
        for (Sentence s : ss) {
            assertTrue(s.span().start() >= last, "spans go forward");
            String t = s.text(text);
            assertEquals(t.strip(), t, "no surrounding whitespace");
            last = s.span().end();
        }
        return ss.stream().map(s -> s.text(text)).toList();
    }

    @Test
    void titlesAndInitialsDoNotEndSentences() {
        assertEquals(List.of("Gov. Ann Pell met Sen. Tom Ruiz and Mr. J. R. Okafor on Tuesday.", "They talked."),
                split("Gov. Ann Pell met Sen. Tom Ruiz and Mr. J. R. Okafor on Tuesday. They talked."));
    }

    @Test
    void monthsAndNumbersBeforeDigitsDoNotEndSentences() {
        assertEquals(List.of("The vote on Mar. 18 passed 2.5 to 1 in room No. 5 at 3 p.m. Tuesday.", "Then it ended."),
                split("The vote on Mar. 18 passed 2.5 to 1 in room No. 5 at 3 p.m. Tuesday. Then it ended."));
    }

    @Test
    void initialismEndsSentenceOnlyBeforeAnOpener() {
        assertEquals(List.of("Officials from the U.S. State Department came to the U.S.", "The talks began."),
                split("Officials from the U.S. State Department came to the U.S. The talks began."));
        assertEquals(List.of("He works for Acme Inc. in Ohio."), split("He works for Acme Inc. in Ohio."));
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertEquals(List.of("She said, “We are done.”", "(Nobody agreed.)", "“Really?” asked a reporter."),
                split("She said, “We are done.” (Nobody agreed.) “Really?” asked a reporter."));
    }

    @Test
    void questionInQuotesBeforeNameSaidStaysOneSentence() {
        assertEquals(List.of("\"Why not?\" Mayor Dana Kell said.", "Nobody answered!"),
                split("\"Why not?\" Mayor Dana Kell said. Nobody answered!"));
    }

    @Test
    void lineBreaksAlwaysEndSentences() {
        assertEquals(List.of("Headline without a stop", "First paragraph, no stop", "Second one."),
                split("Headline without a stop\n\n  First paragraph, no stop\r\nSecond one.  \n"));
    }

    @Test
    void multiSentenceQuoteIsSplitLikeOtherText() {
        assertEquals(List.of("\"We came.", "We saw.\"", "Then we left!"),
                split("\"We came. We saw.\" Then we left!"));
    }

    @Test
    void lowercaseAfterPeriodIsNoBoundary() {
        assertEquals(List.of("It cost approx. four dollars vs. five... or so."),
                split("It cost approx. four dollars vs. five... or so."));
    }

    @Test
    void emptyAndBlankTextGiveNoSentences() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split(" \n\t "));
        assertEquals(List.of("."), split("."));
    }

    @Test
    void aRunOnStretchIsCutAtSpacesIntoBoundedSentences() {
        String text = "the pier and the bridge ".repeat(400) + "end.";
        List<String> ss = split(text);
        assertTrue(ss.size() >= 5, "cut into pieces: " + ss.size());
        assertTrue(ss.stream().allMatch(x -> x.length() <= RuleSentenceSplitter.MAX_SENTENCE), "bounded");
        assertEquals(text.replace(" ", ""), String.join("", ss).replace(" ", ""), "nothing lost");
        assertTrue(ss.stream().noneMatch(x -> x.startsWith("ier") || x.endsWith(" t")), "cut between words");
    }

    @Test
    void anOrdinaryLongSentenceStaysWhole() {
        String sentence = "The council said " + "that the pier would reopen, ".repeat(40) + "in May.";
        assertEquals(List.of(sentence), split(sentence));
    }
}
