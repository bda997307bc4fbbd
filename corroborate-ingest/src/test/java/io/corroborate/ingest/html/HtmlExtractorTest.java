package io.corroborate.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the extractor on small pages written for these tests. */
class HtmlExtractorTest {
    private final HtmlExtractor extractor = HtmlExtractor.standard();

    private static final String P1 = "The harbour authority said on Tuesday that the northern ferry terminal will close for "
            + "repairs, after inspectors found cracks in two of its concrete piers, and that services would move south.";
    private static final String P2 = "Engineers expect the work to take about six weeks, although the schedule depends on "
            + "the weather, on the delivery of steel, and on whether divers find further damage below the waterline.";
    private static final String P3 = "Commuters who use the early boats were told to allow an extra twenty minutes, and "
            + "the operator promised to add two sailings in the evening while the terminal is shut.";

    private static String page(String head, String article) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head>" + head + "</head><body>"
                + "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul></nav></header>"
                + "<div class='cookie-banner'>We use cookies to improve your experience. Accept all cookies?</div>"
                + "<main><article>" + article + "</article></main>"
                + "<aside class='sidebar'><h3>Most read</h3><ol><li><a href='/a'>Storm closes schools across the region today</a></li>"
                + "<li><a href='/b'>Council approves new budget for the coming year</a></li></ol></aside>"
                + "<footer><p>Copyright 2024 The Example Gazette. All rights reserved.</p><a href='/privacy'>Privacy</a></footer>"
                + "</body></html>";
    }

    private static String body() {
        return "<h1>Ferry terminal to close for repairs</h1>"
                + "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Share on X</a></div>"
                + "<div class='article-body'><p>" + P1 + "</p><h2>Six weeks of work</h2><p>" + P2 + "</p>"
                + "<div class='related-stories'><h3>Related</h3><ul><li><a href='/x'>Bridge repairs finished early</a></li>"
                + "<li><a href='/y'>Port traffic at record high</a></li></ul></div>"
                + "<p>" + P3 + "</p></div>"
                + "<div class='newsletter-signup'>Sign up to our morning newsletter for the day's top stories.</div>"
                + "<section class='comments'><h3>Comments</h3><p>Great article, thanks for sharing this with us all!</p></section>";
    }

    @Test
    void keepsParagraphsAndHeadingsInReadingOrderAndDropsBoilerplate() {
        ExtractedPage page = extractor.extract(page("<title>Ferry terminal to close for repairs | The Example Gazette</title>", body()), null);
        assertEquals(List.of(P1, "Six weeks of work", P2, P3), List.of(page.text().split("\n")));
        assertTrue(page.warnings().isEmpty(), page.warnings().toString());
    }

    @Test
    void titleComesFromTheTitleTagWithoutTheSiteSuffixWhenThereIsNoBetterSource() {
        String html = "<html><head><title>Ferry terminal to close for repairs | The Example Gazette</title>"
                + "<meta property='og:site_name' content='The Example Gazette'></head><body><p>" + P1 + "</p></body></html>";
        ExtractedPage page = extractor.extract(html, null);
        assertEquals("Ferry terminal to close for repairs", page.title());
        assertEquals("The Example Gazette", page.source());
    }

    @Test
    void openGraphAndJsonLdGiveTitleDateOutletAndByline() {
        String head = "<meta property='og:title' content='Ferry terminal to close'>"
                + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Ferry terminal to close for six weeks\",\"datePublished\":\"2024-03-05T08:30:00+01:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},{\"@type\":\"Person\",\"name\":\"Tom Berg\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Daily\"}}]}</script>";
        ExtractedPage page = extractor.extract(page(head, "<p>" + P1 + "</p><p>" + P2 + "</p>"), null);
        assertEquals("Ferry terminal to close for six weeks", page.title());
        assertEquals(LocalDate.of(2024, 3, 5), page.published());
        assertEquals("2024-03-05T08:30:00+01:00", page.publishedIso());
        assertEquals("Harbour Daily", page.source());
        assertEquals("Ana Ruiz, Tom Berg", page.byline());
        assertEquals("en", page.language());
    }

    @Test
    void theVisibleHeadlineWinsWhenMetadataConfirmsIt() {
        String head = "<meta property='og:title' content='Ferry terminal to close for repairs - Example Gazette'>";
        ExtractedPage page = extractor.extract(page(head, body()), null);
        assertEquals("Ferry terminal to close for repairs", page.title());
    }

    @Test
    void publicationDateFromArticleMetaTimeElementOrUrl() {
        String meta = "<meta property='article:published_time' content='2023-11-19T10:00:00Z'>";
        assertEquals("2023-11-19T10:00:00Z", extractor.extract(page(meta, body()), null).publishedIso());

        String time = "<p>By Ana Ruiz, <time datetime='2022-07-01T09:15'>1 July</time></p>" + body();
        assertEquals("2022-07-01T09:15:00", extractor.extract(page("", time), null).publishedIso());

        ExtractedPage fromUrl = extractor.extract(page("", body()), "https://news.example.org/2021/02/28/ferry-terminal/");
        assertEquals(LocalDate.of(2021, 2, 28), fromUrl.published());
        assertEquals("2021-02-28", fromUrl.publishedIso());

        assertNull(extractor.extract(page("", body()), null).published());
    }

    @Test
    void bylineFromMetaAuthorRelAuthorOrBylineClass() {
        assertEquals("Ana Ruiz", extractor.extract(page("<meta name='author' content='Ana Ruiz'>", body()), null).byline());
        assertEquals("Tom Berg", extractor.extract(page("", "<a rel='author' href='/t'>Tom Berg</a>" + body()), null).byline());
        assertEquals("Lea Vogt", extractor.extract(page("", "<div class='byline'>Von Lea Vogt</div>" + body()), null).byline());
    }

    @Test
    void bylineAndDateLinesInsideTheArticleAreNotBodyText() {
        String article = "<h1>Ferry terminal to close for repairs</h1><div class='article-body'><p>By Ana Ruiz</p>"
                + "<p>Published Tuesday, March 5, 2024 8:30AM</p><p>" + P1 + "</p><p>" + P2 + "</p></div>";
        ExtractedPage page = extractor.extract(page("<meta name='author' content='Ana Ruiz'>", article), null);
        assertEquals(P1 + "\n" + P2, page.text());
    }

    @Test
    void canonicalUrlIsAbsoluteAndLanguageIsThePrimarySubtag() {
        String head = "<link rel='canonical' href='/news/ferry-terminal'>";
        ExtractedPage page = extractor.extract(page(head, body()), "https://news.example.org/amp/ferry?x=1");
        assertEquals("https://news.example.org/news/ferry-terminal", page.canonicalUrl());
        assertEquals("en", page.language());
    }

    @Test
    void worksBeyondEnglish() {
        String de1 = "Die Hafenbehörde hat am Dienstag mitgeteilt, dass das nördliche Fährterminal wegen Reparaturen "
                + "geschlossen wird, nachdem Prüfer Risse in zwei Betonpfeilern gefunden hatten.";
        String de2 = "Die Arbeiten sollen etwa sechs Wochen dauern, wobei der Zeitplan vom Wetter, von der Lieferung "
                + "des Stahls und von weiteren Schäden unter der Wasserlinie abhängt.";
        String html = "<html lang='de-AT'><head><title>Fährterminal schließt | Hafenblatt</title>"
                + "<meta name='date' content='2024-03-05'></head><body><div id='inhalt'><h1>Fährterminal schließt</h1>"
                + "<p>" + de1 + "</p><p>Anzeige</p><h3>Lesen Sie auch</h3><ul><li><a href='/a'>Brücke fertig</a></li>"
                + "<li><a href='/b'>Rekord im Hafen</a></li></ul><p>" + de2 + "</p></div>"
                + "<div class='kommentare'><p>Kommentare (3)</p></div></body></html>";
        ExtractedPage page = extractor.extract(html, null);
        assertEquals(de1 + "\n" + de2, page.text());
        assertEquals("Fährterminal schließt", page.title());
        assertEquals("de", page.language());
        assertEquals(LocalDate.of(2024, 3, 5), page.published());
    }

    @Test
    void pointersToOtherStoriesAndImageCreditsAreNotBodyText() {
        String article = "<div class='article-body'><p>" + P1 + "</p><p>Read more: <a href='/x'>Bridge repairs finished early</a> "
                + "and other news</p><p>Foto: Hafenbehörde</p><p>Lesen Sie auch: Die Brücke ist fertig</p><p>" + P2 + "</p></div>";
        assertEquals(P1 + "\n" + P2, extractor.extract(page("", article), null).text());
    }

    @Test
    void classNamesInOtherLanguagesAreUnderstood() {
        String fr1 = "Le terminal nord du port fermera pour des travaux de réparation, après la découverte de fissures "
                + "dans deux piliers en béton, a annoncé mardi l'autorité portuaire.";
        String fr2 = "Les travaux devraient durer environ six semaines, selon la météo, la livraison de l'acier et "
                + "l'état des fondations sous la ligne de flottaison.";
        String html = "<html lang='fr'><body><div class='contenu-article'><p>" + fr1 + "</p>"
                + "<div class='partager'>Partager sur Facebook, Twitter, LinkedIn ou par courriel, merci beaucoup</div>"
                + "<div class='publicite'>Découvrez nos offres exceptionnelles de la semaine, sans engagement</div>"
                + "<p>" + fr2 + "</p></div><div class='commentaires'><p>Très bon article, merci pour ces précisions, "
                + "j'attendais des nouvelles du port depuis des semaines !</p></div></body></html>";
        assertEquals(fr1 + "\n" + fr2, extractor.extract(html, null).text());
    }

    @Test
    void aBodySplitIntoChunksAroundAdsComesOutWhole() {
        String chunk = "<div class='grid'><div class='story-chunk'><p>%s</p><p>%s</p></div>"
                + "<div class='ad-rail'><a href='/buy'>Buy now</a></div></div>";
        String html = "<html><body><article><h1>Ferry terminal to close for repairs</h1>"
                + chunk.formatted(P1, P2) + chunk.formatted(P3, P1.replace("Tuesday", "Monday")) + "</article></body></html>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.startsWith(P1 + "\n" + P2 + "\n" + P3), text);
        assertFalse(text.contains("Buy now"));
    }

    @Test
    void malformedHtmlIsRepairedNotFatal() {
        String html = "<html><body><div class='content'><p>" + P1 + "<p>" + P2 + "<div><b>unclosed <i>tags</b> "
                + P3 + "</div></span></td><<>>&bogus;</body>";
        ExtractedPage page = extractor.extract(html, null);
        assertTrue(page.text().contains(P1) && page.text().contains(P2) && page.text().contains(P3), page.text());
    }

    @Test
    void deeplyNestedAndHostileMarkupDoesNotCrash() {
        String deep = "<div>".repeat(20_000) + "<p>" + P1 + "</p>" + "</div>".repeat(20_000);
        assertTrue(extractor.extract(deep, null).text().contains(P1));
        String table = "<table>" + "<tr><td><a href='#'>x</a></td></tr>".repeat(5_000) + "</table><p>" + P2 + "</p>";
        assertTrue(extractor.extract(table, null).text().contains(P2));
        String junk = "<<<>>><p <p <script>var a='</p>';<\\/script><p>" + P3 + "<!-- unclosed comment";
        assertTrue(extractor.extract(junk, null).text().contains(P3));
        String ld = "<script type='application/ld+json'>{\"@type\": [\"NewsArticle\", {}], \"datePublished\": 17, "
                + "\"author\": {\"name\": null}, broken</script><p>" + P1 + "</p>";
        assertEquals(P1, extractor.extract(ld, "not a url at all").text());
    }

    @Test
    void anEmptyPageGivesEmptyTextAndAWarning() {
        for (String html : List.of("", "<html><head><title></title></head><body></body></html>",
                "<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>")) {
            ExtractedPage page = extractor.extract(html, null);
            assertEquals("", page.text());
            assertEquals(List.of("no main text found"), page.warnings());
        }
    }

    @Test
    void bytesAreDecodedByTheirMetaCharset() {
        String html = "<html><head><meta charset='windows-1252'><title>Caf\u00e9 r\u00e9ouvert</title></head><body><p>"
                + P1 + " Caf\u00e9 cr\u00e8me.</p></body></html>";
        ExtractedPage page = extractor.extract(html.getBytes(java.nio.charset.Charset.forName("windows-1252")), null, null);
        assertEquals("Caf\u00e9 r\u00e9ouvert", page.title());
        assertTrue(page.text().endsWith("Caf\u00e9 cr\u00e8me."), page.text());

        byte[] bom = ("\ufeff" + html.replace("windows-1252", "utf-8")).getBytes(StandardCharsets.UTF_8);
        assertEquals("Caf\u00e9 r\u00e9ouvert", extractor.extract(bom, null, null).title());
    }

    @Test
    void oversizedInputIsCutWithAWarning() {
        HtmlExtractor small = new HtmlExtractor(400);
        ExtractedPage page = small.extract("<html><body><p>" + P1 + P2 + P3 + "</p></body></html>", null);
        assertTrue(page.warnings().get(0).startsWith("page truncated to 400 characters"), page.warnings().toString());
    }
}
