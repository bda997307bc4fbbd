package io.corroborate.corroborate.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.corroborate.annotate.Quantity;
import io.corroborate.annotate.Sentence;
import io.corroborate.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberFallbackTest {
    private static List<Quantity> find(String text) {
        return NumberFallback.find(text, List.of(new Sentence(new Span(0, text.length()))));
    }

    @Test
    void readsCountsHyphenatedUnitsMoneyAndQualifiers() {
        List<Quantity> qs = find("As many as 152 people left the 7-week-old ferry, which cost $4.9 million, on May 29 at 9:30 p.m. in 2019.");
        assertEquals(List.of("152 people", "7-week-old", "$4.9 million"), qs.stream().map(Quantity::text).toList());
        assertEquals("people", qs.get(0).unit());
        assertEquals("as many as", qs.get(0).qualifier());
        assertEquals("week-old", qs.get(1).unit());
        assertEquals(4.9e6, qs.get(2).value(), 1);
        assertEquals("usd", qs.get(2).unit());
    }

    @Test
    void percentSignAndWordAreOneUnit() {
        assertEquals("percent", find("It rose 57% last year.").get(0).unit());
        assertEquals("percent", find("It rose 57 percent last year.").get(0).unit());
    }
}
