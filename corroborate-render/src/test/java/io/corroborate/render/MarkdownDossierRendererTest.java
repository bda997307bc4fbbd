package io.corroborate.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MarkdownDossierRendererTest {
    private static String render() throws Exception {
        StringWriter w = new StringWriter();
        new MarkdownDossierRenderer().render(SampleDossier.build(), w);
        return w.toString();
    }

    @Test
    void sectionsComeInReadingOrder() throws Exception {
        String md = render();
        int last = -1;
        for (String h : new String[] {"## Summary", "## Conflicts", "## Variants", "## Quotes", "## Coverage",
                "## Timeline", "## Articles", "## Warnings"}) {
            int at = md.indexOf("\n" + h + "\n");
            assertTrue(at > last, h + " after the previous section");
            last = at;
        }
    }

    @Test
    void conflictEvidenceBoldsTheDisputedWordsAndCites() throws Exception {
        String md = render();
        assertTrue(md.contains("closed on **Monday** \\<b\\>at dawn\\</b\\> & stayed shut."), md);
        assertTrue(md.contains("- **“Sunday”** \\[Bay & Co\\]"), md);
        assertTrue(md.contains("The pier closed. \\[Pier Post; Bay & Co\\]"));
    }

    @Test
    void tableCellsCannotBreakTheTable() throws Exception {
        String md = render();
        assertTrue(md.contains("Gulls \\| crows \\<i\\>left\\</i\\>."));
        assertFalse(md.contains("Gulls | crows"));
        assertTrue(md.contains("| ★ | ✗ |"));
    }

    @Test
    void quotesListEachCopyWithItsForm() throws Exception {
        String md = render();
        assertTrue(md.contains("| Pier Post | verbatim | Reyes → Jon Reyes | said |"), md);
        // an inferred (floating) speaker says so, and a copy without a cue shows a dash
        assertTrue(md.contains("| Bay & Co | trimmed | the mayor (inferred) | — | We close the pier |"), md);
        assertFalse(md.contains("Jon Reyes (inferred)"), md);
    }
}
