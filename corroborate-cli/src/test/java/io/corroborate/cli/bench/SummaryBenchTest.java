package io.corroborate.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryBenchTest {
    @Test
    void rougeCountsClippedNgramOverlap() {
        List<String> ref = Rouge.tokens("The bridge closes on Monday.");
        assertEquals(1.0, Rouge.f1(Rouge.tokens("the BRIDGE closes, on monday"), ref, 1), 1e-9);
        assertEquals(1.0, Rouge.f1(Rouge.tokens("the bridge closes on monday"), ref, 2), 1e-9);
        // "the the the": one clipped match of three unigrams, against five reference unigrams
        assertEquals(2 * (1 / 3.0) * (1 / 5.0) / (1 / 3.0 + 1 / 5.0), Rouge.f1(Rouge.tokens("the the the"), ref, 1), 1e-9);
        assertEquals(0.0, Rouge.f1(List.of(), ref, 1));
    }

    @Test
    void cutKeepsTheFirstWordsInSentenceOrder() {
        assertEquals(List.of("ferries", "run", "the"), Rouge.cut(List.of("Ferries run.", "The bridge shuts."), 3));
    }

    @Test
    void leadTakesFirstSentencesRoundRobin() {
        assertEquals(List.of("a1", "b1", "a2", "b2", "a3"),
                SummaryBaselines.lead(List.of(List.of("a1", "a2", "a3"), List.of("b1", "b2"))));
    }

    @Test
    void textRankPutsTheMostConnectedSentenceFirst() {
        List<String> ranked = SummaryBaselines.textRank(List.of(
                List.of("The harbour bridge closes on Monday for repairs.", "Gulls nested on the old lighthouse."),
                List.of("Repairs close the harbour bridge on Monday.", "The harbour bridge repairs start Monday.")));
        assertEquals(4, ranked.size());
        assertTrue(ranked.indexOf("Gulls nested on the old lighthouse.") == 3);
    }
}
