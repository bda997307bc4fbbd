package io.corroborate.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.corroborate.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextLayoutTest {
    private static final String ARTICLE = """
            Ferry Strike Ends After Four Days of Talks

            Politics
            Ferry crews returned to work on Friday after a four-day strike.
            Advertisement
            The union said its members had accepted a new pay offer.
            Share this article
            MORE FROM THE COAST
            Click here to subscribe
            """;

    @Test
    void headlineAndFurnitureAreSkippedAndTextIsUntouched() {
        PlainTextLayout layout = PlainTextLayout.of(ARTICLE, false);
        assertEquals("Ferry Strike Ends After Four Days of Talks", layout.title());
        assertEquals(layout.title(), layout.titleSpan().of(ARTICLE));
        List<String> skipped = layout.skipped().stream().map(s -> s.of(ARTICLE)).toList();
        assertEquals(List.of("Ferry Strike Ends After Four Days of Talks", "Politics", "Advertisement",
                "Share this article", "MORE FROM THE COAST", "Click here to subscribe"), skipped);
    }

    @Test
    void bodyLinesAreNeverSkipped() {
        PlainTextLayout layout = PlainTextLayout.of(ARTICLE, false);
        int body = ARTICLE.indexOf("Ferry crews");
        for (Span s : layout.skipped()) assertEquals(false, s.contains(body));
    }

    @Test
    void aSentenceFirstLineIsNotATitle() {
        PlainTextLayout layout = PlainTextLayout.of("The ferry left at noon.\nIt arrived at two.\n", false);
        assertNull(layout.title());
        assertEquals(List.of(), layout.skipped());
    }

    @Test
    void aTitleCaseHeadlineAfterALeadingQuoteIsStillTheTitle() {
        String text = "“We are back,” the captain said.\nCoast\nCaptain Says Ferries Will Sail Again From Monday\nBody text follows here.\n";
        PlainTextLayout layout = PlainTextLayout.of(text, false);
        assertEquals("Captain Says Ferries Will Sail Again From Monday", layout.title());
    }

    @Test
    void markdownHeadingIsTheTitleWithoutItsMarks() {
        String text = "# Ferry Strike Ends\n\nCrews returned on Friday.\n\n## Background\n\nThe strike began on Monday.\n";
        PlainTextLayout layout = PlainTextLayout.of(text, true);
        assertEquals("Ferry Strike Ends", layout.title());
        assertEquals("# Ferry Strike Ends", layout.titleSpan().of(text));
        assertEquals(List.of("# Ferry Strike Ends", "## Background"),
                layout.skipped().stream().map(s -> s.of(text)).toList());
    }

    @Test
    void aDateLineUnderTheHeadlineStaysBodyText() {
        String text = "Ferry shares surge after strike deal\n\nSeptember 12, 2031\n\nShares rose on Friday.\n";
        PlainTextLayout layout = PlainTextLayout.of(text, false);
        assertEquals("Ferry shares surge after strike deal", layout.title());
        assertEquals(List.of("Ferry shares surge after strike deal"), layout.skipped().stream().map(s -> s.of(text)).toList());
    }

    @Test
    void bylineIsKeptAsMetadata() {
        PlainTextLayout layout = PlainTextLayout.of("By Orla Finch\nCrews returned on Friday.\n", false);
        assertEquals("Orla Finch", layout.byline());
    }

    @Test
    void crlfLineEndsKeepOffsetsOnTheFile() {
        String text = "Ferry Strike Ends After Talks\r\nCrews returned on Friday.\r\nRead more\r\n";
        PlainTextLayout layout = PlainTextLayout.of(text, false);
        assertEquals(List.of("Ferry Strike Ends After Talks", "Read more"),
                layout.skipped().stream().map(s -> s.of(text)).toList());
    }
}
