package io.corroborate.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The HTML facade: a web page in, its main text and metadata out ({@link ExtractedPage}).
 * <pre>{@code
 * ExtractedPage page = HtmlExtractor.standard().extract(html, "https://example.org/2024/05/01/story");
 * page.text();      // body paragraphs and headings in reading order, one per line
 * page.published(); // 2024-05-01 (from JSON-LD, meta tags, <time>, the URL...)
 * }</pre>
 * Never throws on bad HTML (jsoup repairs it); a page with no main text gives empty text and a warning.
 * Stateless and thread-safe: one instance serves every thread.
 */
public final class HtmlExtractor {
    /** Pages longer than this many characters are cut before parsing (a warning says so). Default 8 M chars. */
    public static final int DEFAULT_MAX_CHARS = 8 << 20;

    private static final HtmlExtractor STANDARD = new HtmlExtractor(DEFAULT_MAX_CHARS);

    private final int maxChars;
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final ContentExtractor content = new ContentExtractor();

    public HtmlExtractor(int maxChars) {
        if (maxChars <= 0) throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        this.maxChars = maxChars;
    }

    public static HtmlExtractor standard() {
        return STANDARD;
    }

    /**
     * @param html the page's markup
     * @param url  the page's address (resolves relative links, gives a date in the path), or null
     */
    public ExtractedPage extract(String html, String url) {
        Objects.requireNonNull(html, "html");
        List<String> warnings = new ArrayList<>();
        if (html.length() > maxChars) {
            warnings.add("page truncated to " + maxChars + " characters (was " + html.length() + ")");
            html = html.substring(0, maxChars);
        }
        Document doc = Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser());
        return extract(doc, url, warnings);
    }

    /**
     * Bytes of a page in any charset: a byte-order mark wins, then {@code <meta charset>} (or http-equiv), else
     * UTF-8, as jsoup decides.
     *
     * @param charset the charset declared outside the page (an HTTP header), or null
     */
    public ExtractedPage extract(byte[] html, String charset, String url) {
        Objects.requireNonNull(html, "html");
        List<String> warnings = new ArrayList<>();
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(html), charset, url == null ? "" : url);
            return extract(doc, url, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen reading a byte array
        } catch (IllegalArgumentException e) {
            // an unknown declared charset: fall back to the page's own declaration
            if (charset == null) throw e;
            warnings.add("unknown charset " + charset + "; used the page's own declaration");
            return extract(html, null, url);
        }
    }

    /** Extracts from a parsed document; the document is modified (boilerplate removed). */
    public ExtractedPage extract(Document doc, String url, List<String> warnings) {
        List<String> w = new ArrayList<>(warnings);
        PageMetadata meta = metadata.extract(doc, url);
        String text = content.extract(doc, meta.title(), meta.byline(), w);
        return new ExtractedPage(meta.title(), meta.published(), meta.publishedIso(), meta.source(), meta.byline(),
                meta.canonicalUrl(), meta.language(), text, w);
    }
}
