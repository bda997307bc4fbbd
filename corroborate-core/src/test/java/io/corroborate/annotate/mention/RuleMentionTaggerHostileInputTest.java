package io.corroborate.annotate.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.annotate.Annotator;
import io.corroborate.annotate.Mention;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Odd and random text: no exception, every span inside the text and equal to its text, ids consistent. */
class RuleMentionTaggerHostileInputTest {
    private static final RuleMentionTagger TAGGER = new RuleMentionTagger();

    private static void check(String text) {
        List<Mention> ms = TAGGER.tag(Annotator.standard().parse(text));
        for (Mention m : ms) {
            assertTrue(m.span().end() <= text.length(), m.toString());
            assertEquals(m.text(), m.span().of(text));
            assertTrue(m.entity() != null && m.canonical() != null && m.type() != null && m.kind() != null, m.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "I", "'s", "’s", "U.S.", "U.S.A", "Mr.", "Mr. Mr. Mr.", "The The The",
        "Bank of", "of of of", "& & &", "Sen.", "President", "the president said he", "he he he she she",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Flight 12 Flight",
        "Boeing 2024", "US$", "$US", "Zoë Ça Ñandú İstanbul ǅemal", "\u200b\u200bName\u200b", "e\u0301cole",
        "X-based", "-based", "New York-", "“Way Forward”", "(GM) (GM) ()", "Dr.. Smith", "the Ukrainian",
        "\uD83D\uDE00 Emoji Person said \uD83D\uDE00", "Secretary of", "Prime Minister of", "WHO: WHAT?"})
    void oddTextGivesValidMentions(String text) {
        check(text);
    }

    @Test
    void randomTextGivesValidMentions() {
        Random r = new Random(42);
        String alphabet = "AaBbCcMmSsTtUu .,;:'’\"“”()&-$0123456789\n";
        String[] words = {"Mr.", "President", "of", "the", "he", "she", "its", "Inc.", "U.S.", "Putin", "said",
            "Bank", "&", "'s", "Flight", "787", "Russian", "side", "company", "WALLACE:", "-based"};
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(60);
            for (int i = 0; i < len; i++) {
                if (r.nextBoolean()) sb.append(words[r.nextInt(words.length)]).append(' ');
                else sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            check(sb.toString());
        }
    }
}
