package io.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2's end-to-end points on the five seed reports, read in place from ../shared/corpora/seeds (skipped
 * when absent) and asserted from the dossier JSON. The seed text is never copied into the project.
 */
class SeedsEndToEndTest {
    private static final String CALL_ON_TUESDAY = "000_0aaed7e2d5ec7571";
    private static final String PRISONERS = "001_fa7c6fa1325f14c7";
    private static final String CALL_ON_WEDNESDAY = "002_0be355f261a5fb66";
    private static final String HOCKEY = "004_c9f4bec316e72276";

    @TempDir
    static Path tmp;
    static DossierJson dossier;

    @BeforeAll
    static void analyzeSeeds() throws Exception {
        Path seeds = DossierJson.projectRoot().resolve("../shared/corpora/seeds").normalize();
        assumeTrue(Files.isDirectory(seeds), "seeds not present: " + seeds);
        dossier = DossierJson.analyze(seeds, tmp.resolve("seeds.json"));
    }

    @Test
    void allFiveReportsAreAnalysed() {
        assertEquals(5, dossier.list("articles").size());
        assertTrue(dossier.list("warnings").isEmpty(), dossier.root.path("warnings").toString());
    }

    @Test
    void weekdayOfTheCallIsOneConflictTuesdayVersusWednesday() {
        JsonNode c = dossier.conflictBetween("date", "tuesday", "wednesday").orElseThrow(
                () -> new AssertionError("no Tuesday/Wednesday conflict in " + dossier.root.path("conflicts")));
        assertTrue(DossierJson.strings(DossierJson.side(c, "tuesday").orElseThrow().path("articles")).contains(CALL_ON_TUESDAY));
        assertTrue(DossierJson.strings(DossierJson.side(c, "wednesday").orElseThrow().path("articles")).contains(CALL_ON_WEDNESDAY));
        for (JsonNode side : c.path("sides")) {
            for (JsonNode e : side.path("evidence")) {
                assertTrue(e.path("sentence").path("end").asInt() > e.path("sentence").path("start").asInt());
            }
        }
    }

    @Test
    void pressSecretaryFirstNameIsAConflict() {
        assertTrue(dossier.conflictBetween("name", "karoline", "katherine").isPresent(),
                dossier.root.path("conflicts").toString());
    }

    @Test
    void readoutSentencesAreQuotesCarriedBySeveralOutletsWithDifferentAttributions() {
        List<JsonNode> shared = dossier.list("quotes").stream().filter(q -> q.path("articles").size() >= 2).toList();
        assertTrue(shared.size() >= 2, "at least two quotes carried by several outlets: " + dossier.root.path("quotes"));
        boolean differentAttributions = shared.stream().anyMatch(q -> {
            Set<String> attributions = new HashSet<>();
            for (JsonNode c : q.path("copies")) attributions.add(c.path("speaker").asText() + "|" + c.path("cue").asText());
            return attributions.size() >= 2;
        });
        assertTrue(differentAttributions, "some shared quote is attributed differently by different outlets");
    }

    @Test
    void prisonerExchangeAndHockeyAreUniqueClaims() {
        List<JsonNode> prisoners = dossier.claimsWith("175", "prisoners");
        assertFalse(prisoners.isEmpty(), "a claim with the prisoner exchange figures");
        assertTrue(dossier.uniqueClaimsOf(PRISONERS).contains(prisoners.get(0).path("id").asText()));
        List<JsonNode> hockey = dossier.claimsWith("hockey");
        assertFalse(hockey.isEmpty(), "a claim about the hockey matches");
        assertTrue(dossier.uniqueClaimsOf(HOCKEY).contains(hockey.get(0).path("id").asText()));
    }

    @Test
    void noMoreFalseConflictsThanTrueOnes() {
        int truth = 0;
        if (dossier.conflictBetween("date", "tuesday", "wednesday").isPresent()) truth++;
        if (dossier.conflictBetween("name", "karoline", "katherine").isPresent()) truth++;
        int total = dossier.list("conflicts").size();
        assertTrue(total - truth <= truth, total + " conflicts, " + truth + " true: " + dossier.root.path("conflicts"));
    }
}
