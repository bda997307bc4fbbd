package io.corroborate.corroborate.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Evidence;
import io.corroborate.corroborate.SummaryLine;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {
    static Claim claim(String id, String text, String... articles) {
        List<Evidence> ev = new ArrayList<>();
        for (String a : articles) ev.add(new Evidence(a, new Span(0, text.length()), text, null));
        return new Claim(id, text, ev, List.of(articles), "verbatim");
    }

    static final List<Claim> CLAIMS = List.of(
            claim("c1", "The harbour bridge will close for repairs on Monday.", "a", "b", "c"),
            claim("c2", "Ferries will run every twenty minutes during the closure.", "a", "b"),
            claim("c3", "The harbour bridge closes on Monday for urgent repairs.", "c", "d"),
            claim("c4", "the mayor said, adding that it would be short.", "a", "c"),
            claim("c5", "Shop owners on the quay fear a quiet month ahead.", "a"),
            claim("c6", "Repair crews from Norden arrive by train on Sunday.", "b"),
            claim("c7", "The local choir will sing at the reopening ceremony.", "c"),
            claim("c8", "Cyclists may still cross the bridge on foot at night.", "d"),
            claim("c9", "A second inspection is planned for next spring.", "d"),
            claim("c10", "Toll prices will not change after the reopening.", "b"));

    @Test
    void takesSharedClaimsFirstSkippingRepeatsAndFragments() {
        List<SummaryLine> lines = new Summarizer().summarize(CLAIMS, 10);
        List<String> ids = lines.stream().map(SummaryLine::claimId).toList();
        assertEquals(List.of("c1", "c2", "c5", "c6", "c7", "c8", "c9", "c10"), ids);
        assertEquals(List.of("c1", "c2", "c5", "c6", "c7"),
                new Summarizer().summarize(CLAIMS, 10, 5).stream().map(SummaryLine::claimId).toList());
        assertEquals(List.of("a", "b", "c"), lines.get(0).articles());
        for (SummaryLine l : lines) {
            assertTrue(CLAIMS.stream().anyMatch(c -> c.support().stream().anyMatch(e -> e.text().equals(l.text()))));
        }
    }

    @Test
    void neverMoreThanTheMaximum() {
        assertEquals(3, new Summarizer().summarize(CLAIMS, 3).size());
        assertEquals(List.of(), new Summarizer().summarize(List.of(), 10));
    }

    @Test
    void prefersTheSupportingSentenceThatStandsAlone() {
        Claim c = new Claim("c1", "harbour bridge will close for repairs on Monday, the mayor said",
                List.of(new Evidence("a", new Span(0, 10), "harbour bridge will close for repairs on Monday, the mayor said", null),
                        new Evidence("b", new Span(0, 10), "The harbour bridge will close for repairs on Monday.", null)),
                List.of("a", "b"), "near-verbatim");
        assertEquals("The harbour bridge will close for repairs on Monday.",
                new Summarizer().summarize(List.of(c), 10).get(0).text());
    }
}
