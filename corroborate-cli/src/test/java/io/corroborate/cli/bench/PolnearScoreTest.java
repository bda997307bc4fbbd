package io.corroborate.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Quote;
import io.corroborate.annotate.QuoteKind;
import io.corroborate.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer's rules, on a tiny gold set written here. */
class PolnearScoreTest {
    @Test
    void quotationMarkRuleMatchesTheReferenceScorer() {
        String t = "He said “we will win,” and left. “A.\n\n“B.” She called it “a plan” today.";
        assertEquals("direct", PolnearEval.QuoteRule.kind(t, List.of(new int[] {9, 21})));
        assertEquals("direct", PolnearEval.QuoteRule.kind(t, List.of(new int[] {8, 22})));
        assertEquals("partial", PolnearEval.QuoteRule.kind(t, List.of(new int[] {3, 22})));
        assertEquals("indirect", PolnearEval.QuoteRule.kind(t, List.of(new int[] {0, 7})));
        int a = t.indexOf("“A."), b = t.indexOf("B.”") + 3;
        assertEquals("direct", PolnearEval.QuoteRule.kind(t, List.of(new int[] {a, b})), "paragraph continuation");
    }

    @Test
    void greedyMatchAbsorptionAndSpeakerAccuracy(@TempDir Path dir) throws IOException {
        String text = "“Alpha beta gamma,” Ann Lee said. “Delta epsilon.” Officials said the port will close soon.";
        Files.writeString(dir.resolve("a.txt"), text);
        int q1 = text.indexOf("Alpha"), q1e = text.indexOf(",”") + 1;
        int q2 = text.indexOf("Delta"), q2e = text.indexOf("epsilon.") + 8;
        int ann = text.indexOf("Ann Lee"), off = text.indexOf("Officials");
        int ind = text.indexOf("the port"), inde = text.indexOf("soon");
        String gold = "{\"path\":\"a.txt\",\"quotes\":["
                + "{\"start\":" + q1 + ",\"end\":" + q2e + ",\"spans\":[[" + q1 + "," + q1e + "],[" + q2 + "," + q2e
                + "]],\"speaker\":{\"text\":\"Ann Lee\",\"start\":" + ann + ",\"end\":" + (ann + 7) + "},\"cue\":null},"
                + "{\"start\":" + ind + ",\"end\":" + (inde + 4) + ",\"spans\":[[" + ind + "," + (inde + 4)
                + "]],\"speaker\":{\"text\":\"Officials\",\"start\":" + off + ",\"end\":" + (off + 9) + "},\"cue\":null}]}";
        Path goldFile = dir.resolve("gold.jsonl");
        Files.writeString(goldFile, gold + "\n");
        Quote.Speaker lee = new Quote.Speaker(new Span(ann + 4, ann + 7), "Lee", null, "Ann Lee", EntityType.PERSON);
        List<Quote> preds = List.of(
                new Quote(new Span(q1, q1e), null, "", QuoteKind.DIRECT, lee, null, false),
                new Quote(new Span(q2, q2e), null, "", QuoteKind.DIRECT, null, null, false), // a piece: absorbed
                new Quote(new Span(ind, inde), null, "", QuoteKind.INDIRECT, null, null, false)); // no speaker
        PolnearEval.Result r = PolnearEval.score(goldFile, dir, Map.of("a", preds));
        PolnearEval.Metrics all = r.row("all @0.3");
        assertEquals(2, all.tp());
        assertEquals(0, all.fp());
        assertEquals(0, all.fn());
        assertEquals(0.5, all.speaker(), 1e-9);
        assertEquals(1, r.row("direct @0.3").tp());
    }
}
