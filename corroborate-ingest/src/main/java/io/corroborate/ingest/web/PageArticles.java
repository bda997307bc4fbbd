package io.corroborate.ingest.web;

import io.corroborate.ingest.IngestLog;
import io.corroborate.text.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a {@link WebPage} into an article. This is the single seam between the non-file formats (WARC, feeds,
 * JSON Lines, fetched URLs) and the HTML extractor: every format calls {@link #extract}, so the extractor can be
 * replaced here alone.
 */
public final class PageArticles {
    private PageArticles() {
    }

    /**
     * Extracts the page; an empty page is logged as skipped under {@code page.path()} and yields nothing.
     * When the page states no publication date, the capture date stands in, with a warning saying so.
     */
    public static Optional<Article> extract(WebPage page, IngestLog log) {
        Document doc = parse(page);
        String text = bodyText(doc);
        if (text.isEmpty()) {
            log.skipped(page.path(), "empty", "page has no text");
            return Optional.empty();
        }
        String title = doc.title().strip();
        List<String> warnings = new ArrayList<>();
        LocalDate published = null;
        String publishedIso = null;
        if (page.captured() != null) {
            published = LocalDate.ofInstant(page.captured(), ZoneOffset.UTC);
            publishedIso = page.captured().toString();
            warnings.add("publication date unknown: the capture date stands in");
        }
        return Optional.of(new Article(page.id(), page.path(), page.url(), null, title.isEmpty() ? null : title,
                null, published, publishedIso, null, text, warnings, List.of()));
    }

    /** Plain text of an HTML fragment (a feed summary, a JSON Lines "html" field): blocks on their own lines. */
    public static String fragmentText(String html) {
        if (html == null || html.isBlank()) return "";
        return bodyText(Jsoup.parseBodyFragment(html));
    }

    private static Document parse(WebPage page) {
        String charset = usableCharset(page.charset());
        try {
            return Jsoup.parse(new ByteArrayInputStream(page.body()), charset, page.url() == null ? "" : page.url());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
        }
    }

    // jsoup throws on a charset name the JVM does not know; then let it detect from the bytes
    private static String usableCharset(String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return Charset.isSupported(name.strip()) ? name.strip() : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String bodyText(Document doc) {
        return doc.body() == null ? "" : doc.body().text().strip();
    }
}
