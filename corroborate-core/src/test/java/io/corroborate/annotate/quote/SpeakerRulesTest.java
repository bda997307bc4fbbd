package io.corroborate.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.annotate.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who said it: one test per speaker rule, on sentences written for the test. */
class SpeakerRulesTest {
    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(text);
    }

    /** The quote whose text holds {@code words}. */
    private static Quote quoteWith(String text, String words) {
        return quotes(text).stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote holds '" + words + "' in " + quotes(text)));
    }

    private static String speaker(String text, String words) {
        Quote q = quoteWith(text, words);
        assertNotNull(q.speaker(), () -> "no speaker for " + q);
        return q.speaker().text();
    }

    @Test
    void aNoBreakSpaceIsNoToken() {
        String t = "“The pier stays shut,” Sen.\u00a0Ada Quist said on Monday.";
        assertEquals("Ada Quist", speaker(t, "pier stays shut"));
    }

    @Test
    void aSplitQuoteKeepsItsSpeakerAcrossAnAbbreviation() {
        String t = "\"We waited too long,\" said Army Capt. Lena Okafor, who said she would not vote. \"The bridge is"
                + " still unsafe for trucks.\"";
        Quote q = quoteWith(t, "waited too long");
        assertEquals(2, q.parts().size(), q.toString());
        assertEquals("Lena Okafor", q.speaker().text());
    }

    @Test
    void aRoleAppositiveWithAPossessiveNamesTheSpeakerBeforeIt() {
        String t = "\"The ferry will run all winter,\" Jeff Mora, Quist's campaign manager, said. \"Nobody will be"
                + " stranded on the island.\"";
        assertEquals("Jeff Mora", speaker(t, "ferry will run"));
        assertEquals("Jeff Mora", speaker(t, "Nobody will be stranded"));
    }

    @Test
    void aPartyAndStateAfterTheNameIsSkipped() {
        String t = "Sen. Ada Quist, D-Ore., said in a statement, \"The inspection found three cracked beams.\"";
        assertEquals("Ada Quist", speaker(t, "three cracked beams"));
    }

    @Test
    void aDashAsideBetweenSubjectAndVerbIsSkipped() {
        String t = "Quist — named last week as the likely chair — told reporters that \"the money is already there.\"";
        assertEquals("Quist", speaker(t, "money is already there"));
    }

    @Test
    void thePassiveAgentIsTheSource() {
        String t = "The toll plan was criticized by the harbour commission for ignoring commuters from the east bank.";
        assertEquals("harbour commission", speaker(t, "ignoring commuters").replace("the ", ""));
    }

    @Test
    void aParticipleSharesTheMainClauseSubjectNotOneInsideIt() {
        String t = "When the vote was over, Quist said she saw no reason to wait, telling reporters that the tender"
                + " would open in June.";
        assertEquals("Quist", speaker(t, "tender would open"));
    }

    @Test
    void aVerbJoinedByAndSharesTheMainSubjectNotOneInsideAReport() {
        String t = "Okafor said the minister did not know what he was talking about, and accused the ministry of"
                + " stalling the repairs for a year.";
        assertEquals("Okafor", speaker(t, "stalling the repairs"));
    }

    @Test
    void aVerbJoinedByAndTakesTheMainSubjectOverAnAside() {
        String t = "Harbour councillors, looking for a way to force a vote, seized the floor on Wednesday and said they"
                + " would stay until the repairs were funded.";
        assertTrue(speaker(t, "stay until the repairs").startsWith("Harbour"));
        String nouns = "In interviews and tweets the plan was praised by nobody at all.";
        assertTrue(quotes(nouns).stream().noneMatch(q -> q.cue() != null && q.cue().text().equals("tweets")));
    }

    @Test
    void aBarePluralSourceBeforeAnAsideSpeaks() {
        String t = "Bridge engineers and city officials, however, said the cracks had been there for years.";
        assertTrue(speaker(t, "cracks had been there").contains("officials"));
    }

    @Test
    void theOneCausedToSpeakIsTheSpeakerTheOneAskedIsNot() {
        String forced = "The closure forced the councillors to explain why the money was cut.";
        assertEquals("the councillors", speaker(forced, "why the money was cut"));
        String asked = "Quist urged the councillors to explain why the money was cut.";
        assertEquals("Quist", speaker(asked, "why the money was cut"));
    }

    @Test
    void aNameANounGoesByIsNobodysWords() {
        String t = "Quist racked up several victories during the string of contests known as the harbour round.";
        Quote named = quoteWith(t, "the harbour round");
        assertEquals("known", named.cue().text());
        assertTrue(named.speaker() == null, named.toString());
    }

    @Test
    void aQuotationAfterASecondCueBelongsToThatCueOnly() {
        String t = "\"He lied,\" Quist said of the minister, adding: \"Everyone knows it.\"";
        List<Quote> qs = quotes(t);
        assertEquals(2, qs.size(), qs.toString());
        assertEquals(1, qs.stream().filter(q -> q.text().contains("Everyone knows")).count(), qs.toString());
    }

    @Test
    void aQuotationBeforeTwoCuesStaysWithTheNearerOne() {
        String t = "\"I love this pier. I will never leave it,\" Quist said in May after the council announced it was"
                + " closing the east span.";
        List<Quote> qs = quotes(t);
        assertEquals(1, qs.stream().filter(q -> q.text().contains("never leave it")).count(), qs.toString());
        assertEquals("Quist", speaker(t, "never leave it"));
    }

    @Test
    void aStateOfMindIsItsSubjects() {
        String t = "Harbour councillors are worried about the cost of the repairs to the east span.";
        assertEquals("Harbour councillors", speaker(t, "cost of the repairs"));
    }

    @Test
    void anUncuedFragmentFloatsToTheSubjectOfItsSentence() {
        String t = "Quist spent the evening on the pier under a banner \"to close the east span until further notice\".";
        Quote q = quoteWith(t, "close the east span");
        assertEquals("Quist", q.speaker().text());
        assertTrue(q.floating(), "inferred, so floating");
    }

    @Test
    void aClauseClosedByAColonNamesTheSpeakerOfTheQuotationAfterIt() {
        String t = "Quist resisted: \"No bridge will close on my watch, whatever the engineers say.\"";
        Quote q = quoteWith(t, "No bridge will close");
        assertEquals("Quist", q.speaker().text());
        assertFalse(q.floating());
    }

    @Test
    void anAttributionAfterAQuestionAcrossTheSentenceBreak() {
        String t = "\"Who will pay for the new ferry?\" Okafor asked. The council did not answer.";
        assertEquals("Okafor", speaker(t, "Who will pay"));
    }

    @Test
    void aMannerOfSpeakingVerbAttributesOnlyBesideAQuotation() {
        String t = "\"We were robbed of a fair hearing,\" Quist barked. Later she barked orders at the crew.";
        assertEquals("Quist", speaker(t, "robbed of a fair hearing"));
        assertEquals(1, quotes(t).size(), quotes(t).toString());
    }

    @Test
    void aDashBylineSignsTheQuotationAboveIt() {
        String t = "\"Rebuild it before the storms come back.\"\n\n— Ada Quist, harbour mayor\n";
        assertEquals("Ada Quist", speaker(t, "Rebuild it"));
    }

    @Test
    void everyDashKindSignsAByline() {
        for (String dash : List.of("—", "–", "―", "-")) {
            String t = "\"The shops on the pier are empty.\" " + dash + " Jorge Medina, Westport\n";
            assertEquals("Jorge Medina", speaker(t, "shops on the pier"), "dash " + dash);
        }
    }

    @Test
    void anAgeInsideTheSourcePhraseAndAnAnonymityClauseAreNoObstacle() {
        String t = "\"We're not going anywhere,\" the 62-year-old grandmother said, clutching her cane. \"It was"
                + " terrifying,\" one witness, who asked not to be named, told the Harbour Times.";
        assertEquals("the 62-year-old grandmother", speaker(t, "not going anywhere"));
        assertEquals("one witness", speaker(t, "terrifying"));
        assertTrue(quotes(t).stream().noneMatch(q -> q.cue() != null && q.cue().text().equals("asked")));
    }

    @Test
    void anyVerbInTheSlotAfterAQuotationSays() {
        String t = "\"Three years of promises and not one new beam,\" the engineer fumed.";
        assertEquals("the engineer", speaker(t, "not one new beam"));
    }

    @Test
    void aSourceAfterTheFinalSaidIsNotReadAsAnAppositive() {
        String t = "The span will close in May, the inspectors found, before the repairs start, said an engineer who"
                + " inspected it.";
        assertTrue(speaker(t, "span will close").contains("engineer"));
    }

    @Test
    void theAuthorOfAnAnalysisIsTheSource() {
        String t = "Ferry use fell by a third last year, according to an analysis by the Harbour Institute.";
        assertEquals("Harbour Institute", speaker(t, "Ferry use fell"));
    }

    @Test
    void aPersonWhoSpeaksForABodyIsTheSpeakerNotTheBody() {
        String t = "A spokeswoman for the ministry said the contract had been signed. Sources close to the mayor"
                + " say she will not run again.";
        assertEquals("A spokeswoman for the ministry", speaker(t, "contract had been signed"));
        assertEquals("Sources close to the mayor", speaker(t, "will not run again"));
        String office = "Quist's office said in a statement that the pier would reopen.";
        assertEquals("Quist's office", speaker(office, "pier would reopen"));
    }

    @Test
    void aVoxPopNameLineNamesTheQuotationParagraphBeforeIt() {
        String t = "Readers told us what the closure means.\n\n\"I drive forty minutes more every day now.\"\n\n"
                + "Ana Ruiz, 34, a nurse in Eastport\n\n\"The shops on the pier are empty.\"\n\nJorge Medina, 51, Westport\n";
        assertEquals("Ana Ruiz", speaker(t, "forty minutes"));
        assertEquals("Jorge Medina", speaker(t, "shops on the pier"));
    }

    @Test
    void aBareCueAfterASingularArticleIsANounAndTheClauseSubjectSpeaks() {
        String t = "Mayor Ada Quist opened the week with a budget address on the harbour repairs.";
        assertEquals("Ada Quist", speaker(t, "harbour repairs"));
    }

    @Test
    void aPassiveAgentAFewWordsAfterTheCueIsTheSource() {
        String t = "The mayor was urged to close the pier by the harbour board.";
        assertEquals("the harbour board", speaker(t, "close the pier"));
        String held = "The ferry is expected to resume on a route chosen by the harbour board.";
        Quote q = quoteWith(held, "to resume");
        assertTrue(q.speaker() == null || !q.speaker().text().contains("harbour"), q.toString());
    }

    @Test
    void aTimeOrDocumentPhraseBetweenSubjectAndCueIsSkipped() {
        String t = "Quist earlier in the day said the ferry would run. Jeff Mora in a blog post argued the pier was safe."
                + " Mora has in the past claimed the bridge was sound.";
        assertEquals("Quist", speaker(t, "ferry would run"));
        assertEquals("Jeff Mora", speaker(t, "pier was safe"));
        assertEquals("Mora", speaker(t, "bridge was sound"));
    }

    @Test
    void aParticipleAfterAnAsClauseSharesThatClauseSubject() {
        String t = "The council cheered as Mayor Ada Quist opened the pier, saying the repairs were finished.";
        assertEquals("Ada Quist", speaker(t, "repairs were finished"));
    }

    @Test
    void aNamingParticipleAfterAnIndefiniteNounHasNoSource() {
        String t = "The mayor's campaign paid a firm called Harbour Data Partners for the survey.";
        for (Quote q : quotes(t)) {
            assertTrue(q.speaker() == null, q.toString());
        }
        String spoken = "A spokesman called the pier plan reckless.";
        assertTrue(speaker(spoken, "pier plan").contains("spokesman"));
    }

    @Test
    void aPartOfAGroupIsTheSpeaker() {
        String t = "\"The bridge will not reopen this year,\" said one of the engineers, who asked not to be named."
                + " One of the inspectors said the pier was safe.";
        assertEquals("one of the engineers", speaker(t, "bridge will not reopen"));
        assertEquals("One of the inspectors", speaker(t, "pier was safe"));
    }

    @Test
    void aYearInsideAnInvertedSourceKeepsTheSource() {
        String t = "\"We will fix the roads next year,\" said a 2012 campaign veteran.";
        assertEquals("a 2012 campaign veteran", speaker(t, "fix the roads"));
    }

    @Test
    void aFloatingQuantifierBeforeJoinedVerbsIsNotTheSubject() {
        String t = "The three councillors have all visited the pier and say it is unsafe.";
        assertEquals("The three councillors", speaker(t, "it is unsafe"));
    }

    @Test
    void aNameBetweenADashAndAColonLabelsTheQuotation() {
        String t = "Ferry use falls for a third year - Ada Quist: \"Fewer people ride the ferry in winter than ever.\"";
        assertEquals("Ada Quist", speaker(t, "Fewer people ride"));
    }

    @Test
    void aParticipleClauseBetweenSubjectAndCueIsSkipped() {
        String t = "A harbour official speaking to the Daily Tide said the pier would stay shut.";
        assertEquals("A harbour official", speaker(t, "pier would stay shut"));
    }

    @Test
    void whoSpendsTheTimeSpeaksThroughTheParticiple() {
        String t = "Mayor Ada Quist spent much of her speech praising the ferry crews.";
        assertEquals("Ada Quist", speaker(t, "ferry crews"));
    }

    @Test
    void appearingOnAShowIsNoAttributionAndTheNextVerbKeepsItsSpeaker() {
        String t = "Mayor Ada Quist appeared on a radio show and argued that the pier should close.";
        assertEquals("Ada Quist", speaker(t, "pier should close"));
        assertTrue(quotes(t).stream().noneMatch(q -> q.cue() != null && q.cue().text().equals("appeared")));
    }

    @Test
    void aNextParagraphQuotationGoesOnWithTheAntecedentNotTheRelativePronoun() {
        String t = "\"The pier is the heart of this town,\" said Ada Quist, who thinks often about the old ferry.\n\n"
                + "\"I do not believe we can let it fall apart after all these years.\"";
        assertEquals("Ada Quist", speaker(t, "let it fall apart"));
    }

    @Test
    void anAgeNounPhraseAfterTheCueIsTheSource() {
        String t = "\"The ferry is late again,\" said the 46-year-old. \"It is always late.\"";
        assertEquals("the 46-year-old", speaker(t, "ferry is late"));
    }

    @Test
    void aCountAfterTheStandsForThePeopleCounted() {
        String t = "\"We will not let the pier close,\" the three said.";
        assertEquals("the three", speaker(t, "pier close"));
    }

    @Test
    void aParticipleAfterAnInvertedCueSharesItsSpeakerEvenWithAPartialQuote() {
        String t = "The ferry is slow, Ada Quist said on Monday, noting that the crews are \"doing their very best.\"";
        assertEquals("Ada Quist", speaker(t, "crews are"));
        String goesOn = "\"These boats are old,\" said Jeff Mora, speaking of the fleet, \"and nobody wants to fix them.\"";
        Quote q = quoteWith(goesOn, "boats are old");
        assertEquals(2, q.parts().size(), q.toString());
    }

    @Test
    void anOpeningTimePhraseIsNotTheMainClauseSubject() {
        String t = "Hours later, Ada Quist changed course, telling reporters the pier would reopen.";
        assertEquals("Ada Quist", speaker(t, "pier would reopen"));
    }

    @Test
    void aSentenceOpeningParticipleIsTheSubjectAfterTheComma() {
        String t = "While celebrating the new pier on Tuesday, Ada Quist mocked the old council.";
        assertEquals("Ada Quist", speaker(t, "new pier"));
    }

    @Test
    void aParticipleAfterASecondMainClauseSharesThatClauseSubject() {
        String t = "Harbour groups complained about the rules, and Mayor Ada Quist has sued the council, saying the pier"
                + " should reopen.";
        Quote q = quotes(t).stream().filter(x -> x.cue() != null && x.cue().text().equals("saying")).findFirst()
                .orElseThrow();
        assertEquals("Ada Quist", q.speaker().text());
    }

    @Test
    void anOpeningTimeIsNoSpeaker() {
        String t = "Moments later harbour engineer Lena Okafor returned to the microphone, insisting that the crack was"
                + " \"not a danger to anyone.\"";
        assertEquals("Lena Okafor", speaker(t, "not a danger"));
    }

    @Test
    void aBareFormAfterASingularPhraseIsANounWhoseHolderSpeaks() {
        String t = "Ada Quist's most explosive claim is that the pier was never safe.";
        assertEquals("Ada Quist", speaker(t, "pier was never safe"));
    }

    @Test
    void aQuestionClosedByTwoApostrophesGoesToTheNextSentencesSpeaker() {
        String t = "Ms. Quist spoke about wages. ''Why do the big firms pay so little?'' Mrs. Ruiz asked. Both spoke.";
        assertEquals("Ruiz", speaker(t, "pay so little"));
    }

    @Test
    void aTitleInsideTwoApostrophesStillLeavesTheSlotAfterItToItsSpeaker() {
        String t = "Ms. Quist spoke about games. '''Harbour Quiz,''' Ann Lee replied. ''It is a hard one.''";
        assertEquals("Ann Lee", speaker(t, "Harbour Quiz"));
    }

    @Test
    void aPlaceAndDateOpeningIsSkippedBeforeTheParticiplesSubject() {
        String t = "At a town hall in Ames, Iowa, on Sunday, Ada Quist defended her plan, saying that the pier should"
                + " reopen.";
        assertEquals("Ada Quist", speaker(t, "pier should reopen"));
    }

    @Test
    void anOpeningLateIsATimeNotAName() {
        String t = "Late last month, the ferry company wrote a long letter to the mayor, calling the harbour report"
                + " unfair.";
        assertEquals("the ferry company", speaker(t, "harbour report"));
    }

    @Test
    void aDatelineBeforeAnOpeningPhraseIsSkippedToo() {
        String t = "PORTLAND — In response to Ann Lee’s plan to close the pier, Ada Quist rallied supporters, saying the"
                + " pier must stay open.";
        assertEquals("Ada Quist", speaker(t, "must stay open"));
    }

    @Test
    void anUnlistedPastVerbEndsTheMainClauseSubject() {
        String t = "In two interviews, the harbour master sounded off on Quist, saying she did not want the pier closed.";
        assertEquals("the harbour master", speaker(t, "pier closed"));
    }

    @Test
    void anIrregularPastVerbEndsTheMainClauseSubject() {
        String t = "The harbour master began by talking about the ferry fares, saying they were too high.";
        assertEquals("The harbour master", speaker(t, "too high"));
    }

    @Test
    void aPastVerbWithAParticleEndsTheSubjectAfterAnOpeningParticiple() {
        String t = "After criticizing the harbour board for its delays, the ferry captain doubled down on his demands.";
        assertEquals("the ferry captain", speaker(t, "harbour board"));
    }

    @Test
    void aClosingAccordingToKeepsThePersonWhoSaidIt() {
        // PolNeAR credits such a quote to the outlet; a reader asking who said it wants the person
        String t = "“The pier must reopen,” Ada Quist said Monday, according to the Harbour Times. “It is safe.”";
        assertEquals("Ada Quist", speaker(t, "pier must reopen"));
    }

    @Test
    void askedAfterAnActiveVerbAndSharesItsSubject() {
        assertEquals("Quist", speaker("Quist smiled and asked whether the workers planned to vote.", "planned to vote"));
        Quote q = quoteWith("Quist was interviewed and asked whether the pier would reopen.", "pier would reopen");
        assertEquals(null, q.speaker(), q.toString());
    }
}
