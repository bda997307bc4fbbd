package io.corroborate.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as ingested: verbatim body text plus what its metadata says.
 *
 * @param id        stable id, unique in a run: the file name without extension for files
 *                  (the conflict scorer and the reports name articles by it)
 * @param path      where it came from: the input path as given or relative to a folder given;
 *                  for an archive record, archive path + "#" + record offset
 * @param url       canonical or target URL, or null
 * @param source    outlet name from metadata, else derived from the file name; never null
 * @param title     headline, or null
 * @param byline    author(s), or null
 * @param published publication date, or null when unknown
 * @param publishedIso the publication date-time as ISO-8601 when the metadata gives a time, else the date, or null
 * @param language  ISO 639-1 code, or null when not detected
 * @param text      body text; every offset in the system indexes this string
 * @param warnings  what went wrong or was guessed while reading it
 * @param skipped   spans of {@code text} that are not body text (page furniture lines, the headline line of a
 *                  plain-text file): kept so offsets index the file verbatim, ignored by analysis
 */
public record Article(String id, String path, String url, String source, String title, String byline,
                      LocalDate published, String publishedIso, String language, String text,
                      List<String> warnings, List<Span> skipped) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (path == null) path = id;
        if (source == null) source = id;
        if (publishedIso == null && published != null) publishedIso = published.toString();
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** A bare article: id and text only (tests, JSON Lines without metadata). */
    public static Article of(String id, String text) {
        return new Article(id, id, null, null, null, null, null, null, null, text, List.of(), List.of());
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, path, url, source, title, byline, date, date == null ? null : date.toString(),
                language, text, warnings, skipped);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, path, url, source, newTitle, byline, published, publishedIso, language, text, warnings, skipped);
    }

    public Article withSource(String newSource) {
        return new Article(id, path, url, newSource, title, byline, published, publishedIso, language, text, warnings, skipped);
    }

    public Article withLanguage(String lang) {
        return new Article(id, path, url, source, title, byline, published, publishedIso, lang, text, warnings, skipped);
    }

    public Article withId(String newId) {
        return new Article(newId, path, url, source, title, byline, published, publishedIso, language, text, warnings, skipped);
    }

    public Article withSkipped(List<Span> spans) {
        return new Article(id, path, url, source, title, byline, published, publishedIso, language, text, warnings, spans);
    }

    public Article withWarning(String warning) {
        var all = new java.util.ArrayList<>(warnings);
        all.add(warning);
        return new Article(id, path, url, source, title, byline, published, publishedIso, language, text, all, skipped);
    }
}
