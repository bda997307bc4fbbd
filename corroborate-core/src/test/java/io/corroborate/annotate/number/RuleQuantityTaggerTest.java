package io.corroborate.annotate.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.annotate.Annotator;
import io.corroborate.annotate.Quantity;
import io.corroborate.corroborate.conflict.NumberAgreement;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleQuantityTaggerTest {
    private static final Annotator A = Annotator.standard();
    private final RuleQuantityTagger tagger = new RuleQuantityTagger();

    private List<Quantity> tag(String text) {
        return tagger.tag(A.parse(text));
    }

    private Quantity only(String text, String expression) {
        return tag(text).stream().filter(q -> q.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("no quantity '" + expression + "' in " + tag(text)));
    }

    @Test
    void countedNounsAreLemmatised() {
        Quantity q = only("The two sides will swap 175 prisoners on Friday.", "175 prisoners");
        assertEquals(175, q.value());
        assertEquals("prisoner", q.unit());
        assertNull(q.qualifier());
        assertEquals("prisoners", q.unitSpan().of("The two sides will swap 175 prisoners on Friday."));
        String text = "The navy returned 23 badly injured foreign sailors, officials said.";
        Quantity s = only(text, "23");
        assertEquals("sailor", s.unit());
        assertEquals("sailors", s.unitSpan().of(text));
    }

    @Test
    void qualifiersAreKept() {
        String text = "The meeting ran more than two hours; about 2,000 people, up to 1,500 troops, at least 40 tanks, "
                + "nearly 12 percent of voters and 175 or more boats were counted.";
        Quantity h = only(text, "more than two hours");
        assertEquals(2, h.value());
        assertEquals("hour", h.unit());
        assertEquals("more than", h.qualifier());
        assertEquals("about", only(text, "about 2,000 people").qualifier());
        assertEquals("person", only(text, "about 2,000 people").unit());
        assertEquals("up to", only(text, "up to 1,500 troops").qualifier());
        assertEquals("at least", only(text, "at least 40 tanks").qualifier());
        Quantity pct = only(text, "nearly 12 percent");
        assertEquals("percent", pct.unit());
        assertEquals("nearly", pct.qualifier());
        assertEquals("or more", only(text, "175 or more boats").qualifier());
    }

    @Test
    void moneyScalesAndPercentages() {
        String text = "The port spent $4.9 million, or $4.9m, and £3bn; shares fell 2.62% while 3,000 jobs went.";
        assertEquals(4_900_000, only(text, "$4.9 million").value());
        assertEquals("usd", only(text, "$4.9 million").unit());
        assertEquals(4_900_000, only(text, "$4.9m").value());
        assertEquals(3e9, only(text, "£3bn").value());
        assertEquals("gbp", only(text, "£3bn").unit());
        assertEquals("percent", only(text, "2.62%").unit());
        assertEquals(3000, only(text, "3,000 jobs").value());
    }

    @Test
    void spelledNumbersHyphenatedUnitsAndDecimals() {
        String text = "A dozen doctors treated a 6-week-old calf during a 2.5 hour operation; two nurses helped.";
        assertEquals(12, only(text, "A dozen doctors").value());
        assertEquals("week", only(text, "6-week-old").unit());
        assertEquals(2.5, only(text, "2.5 hour").value());
        assertEquals("hour", only(text, "2.5 hour").unit());
        assertEquals("nurse", only(text, "two nurses").unit());
    }

    @Test
    void datesOrdinalsModelsAndPronounsAreNotQuantities() {
        String text = "On March 18, 2025 at 3 p.m., the 7th Boeing 787 of 2008 landed; one of them, No. 2, was late. "
                + "The vote ended 3-2.";
        List<Quantity> qs = tag(text);
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void modelNumbersAreNotCountsButNamedGroupsAre() {
        List<Quantity> qs = tag("The airline took the final 717 jet and Harbour's 737 fleet; the S&P 500 fell.");
        assertTrue(qs.isEmpty(), qs.toString());
        Quantity q = only("Norland's 175 prisoners were freed, and six new A330-300E aircraft arrived.", "175 prisoners");
        assertEquals("prisoner", q.unit());
        assertEquals("aircraft", only("Norland's 175 prisoners were freed, and six new A330-300E aircraft arrived.", "six").unit());
    }

    @Test
    void aRangeSharesItsUnit() {
        Quantity q = only("The process would take between 60 and 90 days.", "60");
        assertEquals("day", q.unit());
        assertEquals("day", only("The process would take between 60 and 90 days.", "90 days").unit());
    }

    @Test
    void aVerbParticleIsNotAQualifier() {
        Quantity q = only("Moscow will hand over 23 wounded soldiers.", "23");
        assertNull(q.qualifier());
        assertEquals("soldier", q.unit());
    }

    @Test
    void compatibleNumbersAgreeAndDifferentOnesDoNot() {
        Quantity exact = only("It was a 2.5 hour call.", "2.5 hour");
        Quantity over = only("The call lasted more than two hours.", "more than two hours");
        assertEquals(exact.unit(), over.unit());
        assertTrue(NumberAgreement.agree(exact.value(), exact.text(), exact.qualifier(), over.value(), over.text(),
                over.qualifier()));
        Quantity about = only("Police said about 2,000 people marched.", "about 2,000 people");
        Quantity precise = only("Organisers counted 2,150 people.", "2,150 people");
        assertTrue(NumberAgreement.agree(about.value(), about.text(), about.qualifier(), precise.value(), precise.text(),
                precise.qualifier()));
        Quantity a = only("They swapped 175 prisoners.", "175 prisoners");
        Quantity b = only("They swapped 157 prisoners.", "157 prisoners");
        assertFalse(NumberAgreement.agree(a.value(), a.text(), a.qualifier(), b.value(), b.text(), b.qualifier()));
    }

    @Test
    void spansIndexTheText() {
        String text = "Some 300 km away, 1.5 billion people and 60 to 90 days.\nUS$6 billion was lost.";
        for (Quantity q : tag(text)) assertEquals(q.text(), q.span().of(text));
        assertEquals(6e9, only(text, "US$6 billion").value());
    }
}
