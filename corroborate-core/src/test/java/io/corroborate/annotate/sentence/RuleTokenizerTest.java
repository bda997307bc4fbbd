package io.corroborate.annotate.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.corroborate.annotate.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTokenizerTest {
    private List<String> tokens(String text) {
        List<Token> ts = new RuleTokenizer().tokenize(text, new RuleSentenceSplitter().split(text));
        for (Token t : ts) assertEquals(t.text(), t.span().of(text), "token text equals its span");
        return ts.stream().map(Token::text).toList();
    }

    @Test
    void numbersStayWhole() {
        assertEquals(List.of("It", "grew", "2.5", "%", "to", "1,987", "jobs", "and", "$4.9m", "by", "10:30", "."),
                tokens("It grew 2.5% to 1,987 jobs and $4.9m by 10:30."));
    }

    @Test
    void abbreviationsKeepTheirPeriodAndSentenceStopIsSeparate() {
        assertEquals(List.of("Gov.", "J.", "Smith", "of", "the", "U.S.", "spoke", "."),
                tokens("Gov. J. Smith of the U.S. spoke."));
    }

    @Test
    void hyphensStayAndCliticsSplitOff() {
        assertEquals(List.of("The", "guest-hosting", "gig", "was", "O'Brien", "’s", ";", "we", "do", "n't", "care", "."),
                tokens("The guest-hosting gig was O'Brien’s; we don't care."));
    }

    @Test
    void quotesAndDashesAreSeparateTokens() {
        assertEquals(List.of("“", "No", "—", "never", "...", "”", "she", "said", "."),
                tokens("“No—never...” she said."));
    }
}
