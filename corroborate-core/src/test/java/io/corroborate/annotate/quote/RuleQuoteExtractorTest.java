package io.corroborate.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Mention;
import io.corroborate.annotate.MentionKind;
import io.corroborate.annotate.Parsed;
import io.corroborate.annotate.Quote;
import io.corroborate.annotate.QuoteKind;
import io.corroborate.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleQuoteExtractorTest {
    private static Parsed parse(String text) {
        return QuoteFixture.parse(text);
    }

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(text);
    }

    private static List<Quote> quotes(String text, List<Mention> mentions) {
        return QuoteFixture.quotes(text, mentions);
    }

    private static Quote only(List<Quote> qs) {
        assertEquals(1, qs.size(), qs.toString());
        return qs.getFirst();
    }

    private static List<String> parts(Quote q, String text) {
        return q.parts().stream().map(p -> p.of(text)).toList();
    }

    @Test
    void quoteThenNameSaid() {
        String t = "“The bridge will reopen in May,” Mayor Ada Quist said on Tuesday.";
        Quote q = only(quotes(t));
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals(List.of("The bridge will reopen in May,"), parts(q, t));
        assertEquals("Ada Quist", q.speaker().text());
        assertEquals("said", q.cue().text());
        assertFalse(q.floating());
    }

    @Test
    void quoteThenSaidName() {
        String t = "\"We are not done yet,\" said Tomas Brell, a council member.";
        Quote q = only(quotes(t));
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("We are not done yet,", q.parts().getFirst().of(t));
        assertEquals("Tomas Brell", q.speaker().text());
    }

    @Test
    void pronounSpeakerResolvesToTheFullNameGivenEarlier() {
        String t = "Harbour Minister Lena Okafor spoke first.\n\n“Nobody will lose a job,” she said.";
        Quote q = only(quotes(t));
        assertEquals("she", q.speaker().text());
        assertEquals("Lena Okafor", q.speaker().canonical());
        assertEquals(EntityType.PERSON, q.speaker().type());
    }

    @Test
    void surnameSpeakerResolvesToTheFullName() {
        String t = "Lena Okafor opened the meeting.\n\n“It is a good day,” Okafor said.";
        assertEquals("Lena Okafor", only(quotes(t)).speaker().canonical());
    }

    @Test
    void mentionsLayerGivesEntityAndCanonicalName() {
        String t = "Lena Okafor opened the meeting.\n\n“It is a good day,” she said.";
        int she = t.indexOf("she said");
        List<Mention> ms = List.of(
                new Mention(new Span(0, 11), "Lena Okafor", EntityType.PERSON, MentionKind.NAME, "e1", "Lena Okafor", null, null),
                new Mention(new Span(she, she + 3), "she", EntityType.PERSON, MentionKind.PRONOUN, "e1", "Lena Okafor", null, null));
        Quote q = only(quotes(t, ms));
        assertEquals("e1", q.speaker().entity());
        assertEquals("Lena Okafor", q.speaker().canonical());
        assertEquals(new Span(she, she + 3), q.speaker().span());
    }

    @Test
    void quoteSplitByItsAttributionIsOneQuoteWithTwoParts() {
        String t = "“The ferry is late,” he said. “It will be late again tomorrow.”";
        Quote q = only(quotes(t));
        assertEquals(List.of("The ferry is late,", "It will be late again tomorrow."), parts(q, t));
        assertEquals("he", q.speaker().text());
    }

    @Test
    void quoteOverSeveralParagraphsIsOneQuote() {
        String t = "Ada Quist said:\n\n“The first paragraph of the plan is long.\n\n“The second paragraph ends it.”\n\nThen she left.";
        Quote q = quotes(t).stream().filter(x -> x.kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
        assertEquals(List.of("The first paragraph of the plan is long.", "The second paragraph ends it."), parts(q, t));
        assertEquals("Ada Quist", q.speaker().text());
    }

    @Test
    void unattributedQuoteParagraphAfterAnAttributedOneFloats() {
        String t = "“We will rebuild the pier,” said Tomas Brell.\n\n“The money is already there and the work starts soon.”";
        List<Quote> qs = quotes(t);
        assertEquals(2, qs.size());
        Quote second = qs.get(1);
        assertTrue(second.floating());
        assertEquals("Tomas Brell", second.speaker().text());
        assertNull(second.cue());
    }

    @Test
    void partialQuoteInsideReportedSpeech() {
        String t = "Okafor said the strike “should never have started” and must end.";
        Quote q = only(quotes(t));
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("the strike “should never have started” and must end", q.text());
        assertEquals("Okafor", q.speaker().text());
    }

    @Test
    void indirectSpeechWithThat() {
        String t = "The port authority said that the cranes would be replaced next year.";
        Quote q = only(quotes(t));
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("that the cranes would be replaced next year", q.text());
        assertEquals("The port authority", q.speaker().text());
        assertEquals(EntityType.OTHER == q.speaker().type() || EntityType.ORGANIZATION == q.speaker().type()
                || EntityType.PERSON == q.speaker().type(), true);
    }

    @Test
    void accordingToADocument() {
        String t = "The two leaders spoke for an hour, according to the readout.";
        Quote q = only(quotes(t));
        assertEquals("The two leaders spoke for an hour", q.text());
        assertEquals("the readout", q.speaker().text());
        assertEquals(EntityType.OTHER, q.speaker().type());
        assertEquals("according to", q.cue().text());
    }

    @Test
    void organisationSaidInAStatement() {
        String t = "“Talks will continue,” the Harbour Office said in a statement.";
        Quote q = only(quotes(t));
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertTrue(q.speaker().text().contains("Harbour Office"), q.speaker().text());
    }

    @Test
    void nestedSingleQuotesStayInsideTheDoubleQuote() {
        String t = "“She told me, ‘Go home now,’ and I did,” Brell said.";
        Quote q = only(quotes(t));
        assertEquals("She told me, ‘Go home now,’ and I did,", q.parts().getFirst().of(t));
    }

    @Test
    void unbalancedMarksNeitherCrashNorSwallowTheParagraph() {
        String t = "The vote was “historic, said one aide.\n\n“We won,” Brell said.\n\nA stray ” mark here.";
        List<Quote> qs = quotes(t);
        Quote won = qs.stream().filter(q -> q.text().contains("We won")).findFirst().orElseThrow();
        assertEquals("We won,", won.parts().getFirst().of(t));
        assertEquals("Brell", won.speaker().text());
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("stray")));
    }

    @Test
    void typewriterDoubleApostrophesAreQuotationMarks() {
        String t = "''It is over,'' said Tomas Brell.";
        Quote q = only(quotes(t));
        assertEquals("It is over,", q.parts().getFirst().of(t));
        assertEquals("Tomas Brell", q.speaker().text());
    }

    @Test
    void shortScareQuotesWithoutCueAreNotQuotes() {
        assertTrue(quotes("The so-called “deal” fell apart on the “big day.”").isEmpty());
    }

    @Test
    void emptyTextGivesNothing() {
        assertTrue(quotes("").isEmpty());
        assertNotNull(quotes("\n\n\"\n"));
    }

    @Test
    void itAsSpeakerIsNeverResolvedToAPerson() {
        String text = "Mayor Dana Holt met the port board on Monday.\n"
                + "\u201cThe crossing will reopen within a week,\u201d the city council said in a statement.\n"
                + "\u201cRepairs are fully funded,\u201d it adds.\n";
        var annotated = io.corroborate.annotate.Annotator.standard()
                .annotate(io.corroborate.text.Article.of("t", text));
        Quote q = annotated.quotes().stream().filter(x -> x.text().contains("fully funded")).findFirst().orElseThrow();
        assertNotNull(q.speaker());
        assertEquals("it", q.speaker().text());
        assertFalse(q.speaker().canonical().contains("Holt"), q.speaker().toString());
    }
}
