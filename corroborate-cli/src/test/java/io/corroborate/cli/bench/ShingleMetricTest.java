package io.corroborate.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
    @Test
    void tokensArePythonUnicodeWordRuns() {
        assertEquals(List.of("Grüße", "aus", "Köln", "l", "été", "x_1", "²"), ShingleMetric.tokens("Grüße aus Köln—l'été, x_1 ²!"));
        // combining marks are not word characters in Python's \w: "é" written as e + U+0301 splits
        assertEquals(List.of("e", "t"), ShingleMetric.tokens("e\u0301t"));
    }

    @Test
    void perPageCountsAreNormalisedOverlapsOfFourTokenShingles() {
        ShingleMetric.PageCounts c = ShingleMetric.page("a b c d e", "a b c d x");
        // truth shingles {abcd, bcde}, predicted {abcd, bcdx}: tp 1, fp 1, fn 1 -> thirds
        assertEquals(1 / 3.0, c.tp(), 1e-12);
        assertEquals(1 / 3.0, c.fp(), 1e-12);
        assertEquals(0.5, c.precision(), 1e-12);
        ShingleMetric.PageCounts shortText = ShingleMetric.page("two words", "two words");
        assertEquals(1.0, shortText.f1(), 1e-12);
    }

    @Test
    void anEmptyPredictionCountsForRecallOnlyAndF1IsOfTheAverages() {
        ShingleMetric.Score s = ShingleMetric.aggregate(List.of(
                ShingleMetric.page("a b c d e", "a b c d e"), ShingleMetric.page("a b c d e", "")));
        assertEquals(1.0, s.precision(), 1e-12); // the empty page is left out of precision
        assertEquals(0.5, s.recall(), 1e-12);
        assertEquals(2 * 0.5 / 1.5, s.f1(), 1e-12);
        assertEquals(0.5, s.accuracy(), 1e-12);
    }
}
