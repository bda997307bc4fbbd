package io.corroborate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlDossierRendererTest {
    private static String render() throws Exception {
        StringWriter w = new StringWriter();
        new HtmlDossierRenderer().render(SampleDossier.build(), w);
        return w.toString();
    }

    @Test
    void pageIsSelfContained() throws Exception {
        String html = render();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(Pattern.compile("(?i)<link|<img|src=|url\\(|@import|href=\"(?!#)").matcher(html).find(),
                "no external asset may be referenced");
        assertEquals(1, html.split("<script>", -1).length - 1, "only the page's own inline script");
    }

    @Test
    void sourceTextIsEscaped() throws Exception {
        String html = render();
        assertFalse(html.contains("<b>at dawn</b>"));
        assertTrue(html.contains("&lt;b&gt;at dawn&lt;/b&gt; &amp; stayed shut."));
        assertTrue(html.contains("Bay &amp; Co"));
        assertTrue(html.contains("the &quot;port&quot; said"));
        assertFalse(html.contains("<i>left</i>"));
        assertTrue(html.contains("id=\"art-bay_x_\""), "article ids become safe anchors");
    }

    @Test
    void conflictSidesAreShownWithTheirHighlightedEvidence() throws Exception {
        String html = render();
        int conflicts = html.indexOf("id=\"conflicts\""), variants = html.indexOf("id=\"variants\"");
        String section = html.substring(conflicts, variants);
        assertTrue(section.contains("<div class=\"sides\">"));
        assertTrue(section.contains("closed on <mark>Monday</mark> &lt;b&gt;"), section);
        assertTrue(section.contains("closed on <mark>Sunday</mark>, the"), section);
        assertTrue(section.contains("Monday and Sunday are different days"));
        assertFalse(section.contains("Jon Reyes"), "variants are listed apart from conflicts");
        assertTrue(html.substring(variants).contains("John Reyes"));
    }

    @Test
    void quotesShowFormSpeakersAndEarliest() throws Exception {
        String html = render();
        String section = html.substring(html.indexOf("id=\"quotes\""), html.indexOf("id=\"coverage\""));
        assertTrue(section.contains("badge verbatim"));
        assertTrue(section.contains("badge trimmed"));
        assertTrue(section.contains("Jon Reyes; the mayor"));
        assertEquals(1, section.split("\\(inferred\\)", -1).length - 1, "only the floating copy is marked inferred");
        assertTrue(section.contains("different speakers"));
        assertTrue(section.contains("earliest: <a href=\"#art-pier-post\">Pier Post</a>"));
    }

    @Test
    void coverageGridMarksUniqueAndOmittedClaims() throws Exception {
        String html = render();
        String grid = html.substring(html.indexOf("<table id=\"grid\">"), html.indexOf("id=\"timeline\""));
        String c2 = grid.substring(grid.indexOf("<tr id=\"c2\">"));
        c2 = c2.substring(0, c2.indexOf("</tr>"));
        assertTrue(c2.contains("<td class=\"c only\">★</td><td class=\"c gap\">✗</td>"), c2);
    }

    @Test
    void articlesCarryTheirWarnings() throws Exception {
        String html = render();
        String section = html.substring(html.indexOf("id=\"articles\""));
        assertTrue(section.contains("⚠ bay.txt: not valid UTF-8"));
        assertTrue(section.contains("broken.bin: binary file"));
    }
}
