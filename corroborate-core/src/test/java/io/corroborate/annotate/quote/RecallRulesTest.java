package io.corroborate.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.annotate.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribution forms beyond "X said that …": indirect speech, stances and noun cues, on sentences written here. */
class RecallRulesTest {
    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(text);
    }

    /** The quote whose content is exactly {@code content}; fails when there is none. */
    private static Quote withContent(List<Quote> qs, String content) {
        for (Quote q : qs) if (q.text().equals(content)) return q;
        throw new AssertionError("no quote '" + content + "' in " + qs.stream().map(q -> "[" + q.text() + "] by " + speaker(q)).toList());
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().text();
    }

    @Test
    void pronounAfterCueOpensTheContentNotTheLeadingAdverbial() {
        List<Quote> qs = quotes("In a letter, Mara Venn said her office would close the pier.");
        Quote q = withContent(qs, "her office would close the pier");
        assertEquals("Mara Venn", speaker(q));
    }

    @Test
    void sharesOfPeopleAndBarePluralGroupsAreSources() {
        String t = "Most voters backed the levy. About 4 in 10 said they want lower fares. And 31 percent said "
                + "the buses are fine. But transit planners say the depot is too small.";
        List<Quote> qs = quotes(t);
        assertEquals("About 4 in 10", speaker(withContent(qs, "they want lower fares")));
        assertEquals("31 percent", speaker(withContent(qs, "the buses are fine")));
        assertEquals("transit planners", speaker(withContent(qs, "the depot is too small")));
    }

    @Test
    void titleCaseHeadlineVerbIsACue() {
        List<Quote> qs = quotes("Harbour Mayor Says Ferry Fares Will Drop In Spring\n\nThe mayor spoke on Monday.");
        assertEquals("Harbour Mayor", speaker(withContent(qs, "Ferry Fares Will Drop In Spring")));
        assertTrue(quotes("The Lisbon Says Hotel opened.").stream().noneMatch(q -> q.text().contains("Hotel")));
    }

    @Test
    void coordinatedVerbAfterAQuotationTakesTheMainSubject() {
        List<Quote> qs = quotes("Judge Tova Lind called the filing “sloppy and late,” but said the hearing would go ahead.");
        assertEquals("Tova Lind", speaker(withContent(qs, "the hearing would go ahead")));
    }

    @Test
    void oneWordObjectOfAStanceVerbIsContent() {
        List<Quote> qs = quotes("The union slammed Okafor. Most members preferred the older plan.");
        assertEquals("The union", speaker(withContent(qs, "Okafor")));
        assertEquals("Most members", speaker(withContent(qs, "the older plan")));
    }

    @Test
    void phrasalVerbsAttributeWithTheirParticle() {
        List<Quote> qs = quotes("Ines Roa talked about the flooded tunnels. The mayor lashed out at the port "
                + "authority. Ines Roa pointed to the old budget.");
        Quote q = withContent(qs, "the flooded tunnels");
        assertEquals("Ines Roa", speaker(q));
        assertEquals("talked about", q.cue().text());
        assertEquals("The mayor", speaker(withContent(qs, "the port authority")));
        assertEquals("Ines Roa", speaker(withContent(qs, "the old budget")));
        assertTrue(quotes("Crews will open up the tunnels.").isEmpty());
    }

    @Test
    void moreReportingAndStanceVerbs() {
        List<Quote> qs = quotes("Ines Roa echoed the warning from the harbour board. The union offers a cheaper route.");
        assertEquals("Ines Roa", speaker(withContent(qs, "the warning from the harbour board")));
        assertEquals("The union", speaker(withContent(qs, "a cheaper route")));
    }

    @Test
    void possessorOfAnAttributionNounIsTheSource() {
        List<Quote> qs = quotes("The vote was delayed by Ines Roa's criticism of the ferry contract. "
                + "Her promise to rebuild the pier was popular.");
        Quote q = withContent(qs, "the ferry contract");
        assertEquals("Ines Roa", speaker(q));
        assertEquals("criticism of", q.cue().text());
        assertEquals("Her", speaker(withContent(qs, "to rebuild the pier")));
        // the noun phrase as a verb's object is that verb's content, not an attribution of its own
        assertTrue(quotes("Bo Lind bashed Ann Roa's plan to sell the pier.").stream()
                .noneMatch(x -> x.text().equals("to sell the pier")));
    }

    @Test
    void accordingToALongOrAdjectivalSource() {
        List<Quote> qs = quotes("According to early results of a harbour survey run for the port board, most "
                + "ferry riders want later boats.");
        Quote q = withContent(qs, "most ferry riders want later boats");
        assertTrue(speaker(q).startsWith("early results"), speaker(q));
    }

    @Test
    void trailingPollAndToSomeonesMindAreAttributions() {
        List<Quote> qs = quotes("The mayor leads her rival by nine points in the latest harbour survey. "
                + "To many, the new pier is a waste of money.");
        assertEquals("the latest harbour survey", speaker(withContent(qs, "The mayor leads her rival by nine points")));
        assertEquals("many", speaker(withContent(qs, "the new pier is a waste of money")));
        assertTrue(quotes("To date, the pier has cost four million dollars.").isEmpty());
    }

    @Test
    void openingAdverbialIsNotTheContent() {
        List<Quote> qs = quotes("In a radio interview on Sunday, Ines Roa warned about the cost of the pier.");
        assertEquals("Ines Roa", speaker(withContent(qs, "about the cost of the pier")));
    }

    @Test
    void contractedAuxiliariesSitBetweenSubjectAndCue() {
        List<Quote> qs = quotes("She’s insisting that the pier is safe. They’ve argued that fares will rise.");
        assertEquals("She", speaker(withContent(qs, "that the pier is safe")));
        assertEquals("They", speaker(withContent(qs, "that fares will rise")));
        // a possessive before a noun is no auxiliary: no verb cue "claims" with Bo Lind as its subject
        assertTrue(quotes("Contrary to Bo Lind's claims, the pier opened late.").stream()
                .noneMatch(q -> q.speaker() != null && q.speaker().text().contains("Lind")
                        && q.cue() != null && q.cue().text().equals("claims")));
    }

    @Test
    void pastParticipleWithAgentCreditsTheAgent() {
        List<Quote> qs = quotes("The council backed a ferry levy, a plan opposed by the dock workers. "
                + "Her remarks were first reported by the Harbour Gazette.");
        assertEquals("the dock workers", speaker(withContent(qs, "a plan")));
        assertEquals("Harbour Gazette", speaker(withContent(qs, "Her remarks")));
    }

    @Test
    void infinitiveIsTheContentOfWantAndDecline() {
        List<Quote> qs = quotes("And yet, across the region, voters want to limit the new tolls.");
        assertEquals("voters", speaker(withContent(qs, "to limit the new tolls")));
        List<Quote> rel = quotes("“We will see,” said Ann Lee, who declined to name a date.");
        assertEquals(1, rel.stream().filter(q -> q.text().contains("We will see")).count());
    }

    @Test
    void describedSubjectOfAPastStanceVerb() {
        List<Quote> qs = quotes("The harbour trust rejected a plan to sell the old pier.");
        assertEquals("The harbour trust", speaker(withContent(qs, "a plan to sell the old pier")));
    }

    @Test
    void nounCueWithItsSourceAfterFrom() {
        List<Quote> qs = quotes("Despite complaints from the dock workers that the cranes were unsafe, the port "
                + "stayed open.");
        assertEquals("the dock workers", speaker(withContent(qs, "that the cranes were unsafe")));
    }

    @Test
    void passiveStanceWithoutAgentHasNoSource() {
        List<Quote> qs = quotes("The ferry vote is expected to pass easily.");
        Quote q = qs.stream().filter(x -> x.text().contains("to pass easily")).findFirst().orElseThrow();
        assertEquals(null, q.speaker());
    }

    @Test
    void passiveSeenAsTakesTheAsPhrase() {
        List<Quote> qs = quotes("The ferry candidates are seen as a circus.");
        assertTrue(qs.stream().anyMatch(q -> q.text().contains("as a circus") && q.speaker() == null),
                qs.toString());
    }

    @Test
    void invokedAndHammeredAreCues() {
        List<Quote> qs = quotes("Ines Roa repeatedly invoked the old charter. Bo Lind has hammered the port board.");
        assertEquals("Ines Roa", speaker(withContent(qs, "the old charter")));
        assertEquals("Bo Lind", speaker(withContent(qs, "the port board")));
    }

    @Test
    void sourceWithAnOfPhrase() {
        List<Quote> qs = quotes("Many riders of ferries said the boats run late.");
        assertEquals("Many riders of ferries", speaker(withContent(qs, "the boats run late")));
    }

    @Test
    void madeItClearAndReactedTo() {
        List<Quote> qs = quotes("Ines Roa made it clear that the pier will close. The union reacted to the closure.");
        Quote q = withContent(qs, "that the pier will close");
        assertEquals("Ines Roa", speaker(q));
        assertEquals("made it clear", q.cue().text());
        assertEquals("The union", speaker(withContent(qs, "the closure")));
    }

    @Test
    void lookForwardToAndSingledOut() {
        List<Quote> qs = quotes("The dock workers look forward to the new cranes. Ines Roa singled out the port board.");
        assertEquals("The dock workers", speaker(withContent(qs, "the new cranes")));
        assertEquals("Ines Roa", speaker(withContent(qs, "the port board")));
    }

    @Test
    void praiseAndScornVerbsAndVouchedFor() {
        List<Quote> qs = quotes("Ines Roa commended the harbour pilots. The mayor vouched for the new ferry captain.");
        assertEquals("Ines Roa", speaker(withContent(qs, "the harbour pilots")));
        assertEquals("The mayor", speaker(withContent(qs, "the new ferry captain")));
    }

    @Test
    void participleAfterAnAttributionSharesItsSource() {
        List<Quote> qs = quotes("The ferry fares are too high, Ines Roa said Tuesday, noting the pier lost money.");
        assertEquals("Ines Roa", speaker(withContent(qs, "the pier lost money")));
    }

    @Test
    void timePhraseBetweenSubjectAndVerb() {
        List<Quote> qs = quotes("A survey by the port board in March found that most riders want later boats.");
        Quote q = withContent(qs, "that most riders want later boats");
        assertTrue(speaker(q).contains("board"), speaker(q));
    }

    @Test
    void possessedBeliefNounWithCopulaThat() {
        List<Quote> qs = quotes("Their fear is that the pier will close before summer.");
        assertEquals("Their", speaker(withContent(qs, "that the pier will close before summer")));
    }

    @Test
    void barePluralGroupBeforeAStanceVerb() {
        List<Quote> qs = quotes("In the valley, developers see golf courses as wasted land.");
        assertEquals("developers", speaker(withContent(qs, "golf courses as wasted land")));
    }

    @Test
    void comparisonWithWhatSomeoneExpected() {
        List<Quote> qs = quotes("Ferry use in June was higher than the port board had predicted.");
        assertEquals("the port board", speaker(withContent(qs, "Ferry use in June was higher")));
    }

    @Test
    void evasionAndComparisonVerbs() {
        List<Quote> qs = quotes("Ines Roa sidestepped the question about the pier. The mayor brushed off the complaints.");
        assertEquals("Ines Roa", speaker(withContent(qs, "the question about the pier")));
        assertEquals("The mayor", speaker(withContent(qs, "the complaints")));
    }

    @Test
    void existentialNounCueHasNoSource() {
        List<Quote> qs = quotes("There are growing concerns about the cost of the new pier.");
        Quote q = withContent(qs, "the cost of the new pier");
        assertEquals(null, q.speaker());
    }
}
