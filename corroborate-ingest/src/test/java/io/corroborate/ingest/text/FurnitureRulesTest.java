package io.corroborate.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Be the first to leave a comment; UI_PROMPT",
            "Share this story; UI_PROMPT",
            "Tap here to get alerts; UI_PROMPT",
            "Sign up for our morning briefing.; UI_PROMPT",
            "Continue reading; UI_PROMPT",
            "Read more; UI_PROMPT",
            "LATEST HEADLINES; ALL_CAPS",
            "SPONSORED; ALL_CAPS",
            "Economy; SECTION_LABEL",
            "Local news; SECTION_LABEL",
            "Sport | Weather | Travel | Culture; LINK_LIST",
            "https://example.org/some/page; LINK_LIST",
            "Photo: Ada Quill / Lantern Agency; CREDIT",
            "(Image by Tomas Reed); CREDIT",
            "Jo Marsh/Coastline Pictures; CREDIT",
            "© 2031 The Quayside Courier. All rights reserved.; CREDIT",
            "This site uses cookies to improve your browsing. Accept all; COOKIE_NOTICE",
            "Mayor Vows To Rebuild Old Ferry Terminal By Spring; TEASER_HEADLINE",
            "By Orla Finch and Sam Petrov; BYLINE",
            "Updated 14 June 2031, 09:12; PAGE_META",
            "4 min read; PAGE_META",
            "* * *; NO_WORDS",
    })
    void furnitureLinesAreRecognisedByShape(String line, Furniture expected) {
        assertEquals(Optional.of(expected), FurnitureRules.classify(line, false), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The council met on Tuesday and approved the budget.",
            "Engineers said the crack was found during a routine inspection.",
            "Statement from the harbour authority:",
            "“We will reopen the crossing as soon as it is safe.”",
            "— Mara Lint (@harbourchief) June 12, 2031",
            "June 12, 2031",
            "Follow the money, the auditor told the committee on Monday.",
            "Send more inspectors, she said in a video message to the council.",
            "Share prices in the port operator fell by 4 per cent.",
            "Shares in ferry firms surge on strike deal",
    })
    void bodyLinesAreKept(String line) {
        assertEquals(Optional.empty(), FurnitureRules.classify(line, false), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"## Background", "![a crane at dusk](crane.jpg)"})
    void markdownHeadingsAndImagesAreMarkup(String line) {
        assertEquals(Optional.of(Furniture.MARKUP), FurnitureRules.classify(line, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbour Bridge Closed After Cracks Found in Main Span",
            "Bridge closure leaves commuters facing long detours around the bay",
            "‘We Were Lucky’: Engineers Describe Night the Bridge Shook"})
    void firstLinesWithoutSentenceEndAreHeadlines(String line) {
        assertTrue(Headlines.isHeadline(line, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The bridge closed on Tuesday.", "Statement:", "Two words", "September 12, 2031"})
    void sentencesAndFragmentsAreNotHeadlines(String line) {
        assertEquals(false, Headlines.isHeadline(line, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bridge closure leaves commuters facing long detours"})
    void laterLinesMustBeTitleCaseToBeHeadlines(String line) {
        assertEquals(false, Headlines.isHeadline(line, false));
    }
}
