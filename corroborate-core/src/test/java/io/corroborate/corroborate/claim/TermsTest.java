package io.corroborate.corroborate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {
    @Test
    void inflectionsShareOneLemma() {
        assertEquals(Terms.lemma("agree"), Terms.lemma("agreed"));
        assertEquals(Terms.lemma("agree"), Terms.lemma("agrees"));
        assertEquals(Terms.lemma("agree"), Terms.lemma("agreeing"));
        assertEquals(Terms.lemma("stop"), Terms.lemma("stopped"));
        assertEquals(Terms.lemma("ferry"), Terms.lemma("ferries"));
        assertEquals(Terms.lemma("hope"), Terms.lemma("hoping"));
        assertEquals(Terms.lemma("minister"), Terms.lemma("minister's"));
    }

    @Test
    void wordsIgnoreCaseQuoteStyleAndKeepNumbersWhole() {
        assertEquals(List.of("the", "mayor's", "2.5", "hour", "talk", "cost", "1000"),
                Terms.words("The Mayor\u2019s \u201c2.5 hour\u201d talk cost 1,000"));
    }

    @Test
    void contentDropsFunctionWordsAndAttributionVerbs() {
        List<String> c = Terms.content("The council said that it will reopen the bridge.");
        assertEquals(List.of("council", "reopen", "bridg"), c);
        assertFalse(c.contains("said"));
    }

    @Test
    void commonSynonymsAndIrregularFormsShareOneKey() {
        assertEquals(Terms.content("the bridge was shut"), Terms.content("the bridge was closed"));
        assertEquals(Terms.content("inspectors found a crack"), Terms.content("inspectors discovered a crack"));
        assertEquals(Terms.content("talks began"), Terms.content("talks start"));
    }
}
