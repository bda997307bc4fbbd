package io.corroborate.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    private static List<List<String>> runs(String text) {
        return QuoteMarks.find(text).stream().map(r -> r.pieces().stream().map(p -> p.of(text)).toList()).toList();
    }

    @Test
    void curlyStraightAndTypewriterMarksPair() {
        assertEquals(List.of(List.of("a b"), List.of("c d"), List.of("e f")),
                runs("“a b” and \"c d\" and ''e f'' end"));
    }

    @Test
    void quotationOverParagraphsKeepsOnePiecePerParagraph() {
        assertEquals(List.of(List.of("First part.", "Second part.")), runs("“First part.\n\n“Second part.”"));
    }

    @Test
    void strayMarksAreIgnored() {
        assertEquals(List.of(), runs("A closing ” with nothing open."));
        assertEquals(List.of(List.of("real")), runs("It was “great.\n\n“real” stuff"));
    }

    @Test
    void paragraphQuotedWithoutClosingMarkIsKept() {
        assertEquals(List.of(List.of("We are done here.")), runs("“We are done here.\n\nNext paragraph."));
    }

    @Test
    void straightMarksUseTheirNeighbours() {
        assertEquals(List.of(List.of("Yes,"), List.of("No.")), runs("\"Yes,\" he said. \"No.\""));
    }
}
