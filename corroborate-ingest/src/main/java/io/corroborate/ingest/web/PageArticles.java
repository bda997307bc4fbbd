package io.corroborate.ingest.web;

import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.html.ExtractedPage;
import io.corroborate.ingest.html.HtmlExtractor;
import io.corroborate.ingest.html.HtmlFileReader;
import io.corroborate.text.Article;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a {@link WebPage} into an article with {@link HtmlExtractor}, the same extractor that reads saved HTML
 * files, so a page gives the same article whether it came from a folder, a WARC record, a JSON Lines "html" field,
 * a feed link or a download. This is the single seam between the non-file formats and the extractor.
 */
public final class PageArticles {
    /** The warning an article carries when its date is the capture date. */
    public static final String CAPTURE_DATE_WARNING = "publication date unknown: the capture date stands in";

    private PageArticles() {
    }

    /**
     * Extracts the page. A page without main text is logged as skipped under {@code page.path()} and yields
     * nothing; the extractor's warnings are logged under it too. The article's url is the page's URL (a WARC
     * record's target URI, a download's final URL), else the canonical URL the page names. When the page states
     * no publication date, the capture date stands in, with a warning saying so.
     */
    public static Optional<Article> extract(WebPage page, IngestLog log) {
        Extraction x = extractQuietly(page);
        x.report(page.path(), log);
        return x.article();
    }

    /**
     * What extracting one page gave, not yet logged: lets pages be extracted on worker threads and logged in
     * input order.
     *
     * @param article  the article, or empty when the page has no main text
     * @param warnings the extractor's warnings, to log under the page's path
     */
    public record Extraction(Optional<Article> article, List<String> warnings) {
        /** Logs what {@link #extract} would have logged. */
        public void report(String path, IngestLog log) {
            for (String w : warnings) log.warn(path, w);
            if (article.isEmpty()) log.skipped(path, "empty", "page has no main text");
        }
    }

    /** {@link #extract} without logging. Thread-safe. */
    public static Extraction extractQuietly(WebPage page) {
        ExtractedPage x = HtmlExtractor.standard().extract(page.body(), page.charset(), page.url());
        if (x.text().isBlank()) return new Extraction(Optional.empty(), List.of());
        List<String> warnings = new ArrayList<>(x.warnings());
        Article a = HtmlFileReader.toArticle(page.id(), page.path(), x, warnings);
        if (page.url() != null && !page.url().equals(a.url())) {
            a = new Article(a.id(), a.path(), page.url(), a.source(), a.title(), a.byline(), a.published(),
                    a.publishedIso(), a.language(), a.text(), a.warnings(), a.skipped());
        }
        if (a.published() == null && page.captured() != null) {
            a = new Article(a.id(), a.path(), a.url(), a.source(), a.title(), a.byline(),
                    LocalDate.ofInstant(page.captured(), ZoneOffset.UTC), page.captured().toString(), a.language(),
                    a.text(), a.warnings(), a.skipped()).withWarning(CAPTURE_DATE_WARNING);
        }
        return new Extraction(Optional.of(a), warnings);
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "tr", "table", "section", "article", "figure", "figcaption", "pre", "hr", "dd", "dt");

    /**
     * Plain text of an HTML fragment (a feed summary): no boilerplate removal, since a summary is all content;
     * block elements on their own lines, spaces inside a line collapsed.
     */
    public static String fragmentText(String html) {
        if (html == null || html.isBlank()) return "";
        StringBuilder sb = new StringBuilder();
        Element body = Jsoup.parseBodyFragment(html).body();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) sb.append(t.text());
                else if (node instanceof Element e && BLOCKS.contains(e.normalName())) sb.append('\n');
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) sb.append('\n');
            }
        }, body);
        List<String> lines = new ArrayList<>();
        for (String line : sb.toString().split("\n")) {
            String l = line.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!l.isEmpty()) lines.add(l);
        }
        return String.join("\n", lines);
    }
}
