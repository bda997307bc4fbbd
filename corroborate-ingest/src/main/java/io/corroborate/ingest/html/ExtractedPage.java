package io.corroborate.ingest.html;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link HtmlExtractor} found in one web page: the main text and the page's metadata.
 *
 * @param title        headline, or null
 * @param published    publication date, or null when the page does not say
 * @param publishedIso publication date-time as ISO-8601 when a time is given, else the date, or null
 * @param source       outlet name (og:site_name, JSON-LD publisher), or null
 * @param byline       author(s), or null
 * @param canonicalUrl canonical URL (link rel=canonical, og:url), else the URL given, or null
 * @param language     the page's declared language (html lang), lower-case primary subtag, or null
 * @param text         main body text, paragraphs and headings in reading order separated by "\n"; never null
 * @param warnings     what was odd about the page (no main text found, truncated input); never null
 */
public record ExtractedPage(String title, LocalDate published, String publishedIso, String source, String byline,
                            String canonicalUrl, String language, String text, List<String> warnings) {
    public ExtractedPage {
        text = text == null ? "" : text;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        if (publishedIso == null && published != null) publishedIso = published.toString();
    }
}
