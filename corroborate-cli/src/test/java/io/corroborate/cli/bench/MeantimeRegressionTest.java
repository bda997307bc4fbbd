package io.corroborate.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Guards the MEANTIME dev time-expression figures a few points under what was reached (value F1 0.883, relaxed F1 0.931). */
class MeantimeRegressionTest {
    @Test
    void timexValueF1StaysAboveTheGuard() {
        String root = System.getProperty("corroborate.root");
        assumeTrue(root != null, "corroborate.root not set");
        Optional<Path> data = MeantimeEval.data(Path.of(root));
        assumeTrue(data.isPresent(), "MEANTIME dev data absent");
        MeantimeEval.Figures f = MeantimeEval.run(Path.of(root)).orElseThrow();
        assertEquals(60, f.withOutput());
        assertEquals(60, f.publishedRight(), "every article anchored on its sidecar date");
        assertTrue(f.timex().value().f1() >= 0.85, "timex value F1 " + f.timex().value().f1());
        assertTrue(f.timex().relaxed().f1() >= 0.90, "timex relaxed F1 " + f.timex().relaxed().f1());
    }
}
