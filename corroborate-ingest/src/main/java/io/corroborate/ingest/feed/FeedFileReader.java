package io.corroborate.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.corroborate.ingest.FormatReader;
import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.fetch.FetchException;
import io.corroborate.ingest.fetch.FetchedPage;
import io.corroborate.ingest.fetch.PageFetcher;
import io.corroborate.ingest.web.PageArticles;
import io.corroborate.ingest.web.UrlIds;
import io.corroborate.ingest.web.WebPage;
import io.corroborate.text.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome. Each entry becomes an article: its link is the url, its
 * published (else updated) date the date, its title the title, its summary (or content) as plain text the body;
 * the feed's title is the source. With a {@link PageFetcher} (the {@code --fetch} option) the entry's link is
 * downloaded and the page's text is the body instead (its own date first, else the entry's); when that fails the summary stands in, with a warning.
 * An entry's path is the feed path + "#" + its 1-based position. A file that is not a feed is logged as skipped.
 * Rome builds the whole document in memory, so feeds over {@link #MAX_FEED_BYTES} are not read.
 */
public final class FeedFileReader implements FormatReader {
    /** Feeds larger than this (32 MiB) are skipped. */
    public static final long MAX_FEED_BYTES = 32L << 20;

    private final PageFetcher fetcher;
    private final long maxFeedBytes;

    /** Fetching off: each entry's summary is its text. */
    public FeedFileReader() {
        this(null);
    }

    /** @param fetcher follows entry links, or null to use summaries only */
    public FeedFileReader(PageFetcher fetcher) {
        this(fetcher, MAX_FEED_BYTES);
    }

    public FeedFileReader(PageFetcher fetcher, long maxFeedBytes) {
        if (maxFeedBytes <= 0) throw new IllegalArgumentException("maxFeedBytes must be positive");
        this.fetcher = fetcher;
        this.maxFeedBytes = maxFeedBytes;
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".rss") || n.endsWith(".atom")) return true;
        return n.endsWith(".xml") && looksLikeFeed(file);
    }

    // .xml is also sitemaps, configs, ...: a feed names its root element early
    private static boolean looksLikeFeed(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(2048), StandardCharsets.ISO_8859_1);
            return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void read(Path file, String displayPath, Consumer<Article> sink, IngestLog log) throws IOException {
        long size = Files.size(file);
        if (size > maxFeedBytes) {
            log.skipped(displayPath, "too-large", "feed larger than " + maxFeedBytes + " bytes (" + size + ")");
            return;
        }
        if (size == 0) {
            log.skipped(displayPath, "empty", "file is empty");
            return;
        }
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(file.toFile())) {
            SyndFeedInput input = new SyndFeedInput(false, Locale.US);
            input.setAllowDoctypes(false); // no external entities from a downloaded file
            feed = input.build(reader);
        } catch (FeedException | IllegalArgumentException | com.rometools.rome.io.XmlReaderException e) {
            log.skipped(displayPath, "not-a-feed", "not an RSS or Atom feed: " + oneLine(e.getMessage()));
            return;
        }
        String stem = stem(file);
        String source = blankToNull(feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) log.skipped(displayPath, "empty", "feed has no entries");
        for (int i = 0; i < entries.size(); i++) {
            String path = displayPath + "#" + (i + 1);
            try {
                entry(entries.get(i), stem + "-" + (i + 1), path, source, feed.getLanguage()).apply(log)
                        .ifPresent(sink);
            } catch (RuntimeException e) {
                log.skipped(path, "broken", "entry unreadable: " + oneLine(String.valueOf(e.getMessage())));
            }
        }
    }

    /** What a feed entry says, ready to become an article. */
    private record Entry(String id, String path, String link, String title, String summary, String byline,
                         Instant date, String source, String language, PageFetcher fetcher) {
        Optional<Article> apply(IngestLog log) {
            Article fetched = fetchPage(log);
            if (fetched != null) return Optional.of(fetched);
            if (summary.isEmpty()) {
                log.skipped(path, "empty", "entry has no summary text" + (fetcher == null ? " (use --fetch to read its page)" : ""));
                return Optional.empty();
            }
            LocalDate day = date == null ? null : LocalDate.ofInstant(date, ZoneOffset.UTC);
            return Optional.of(new Article(id, path, link, source, title, byline, day,
                    date == null ? null : date.toString(), language, summary, List.of(), List.of()));
        }

        private Article fetchPage(IngestLog log) {
            if (fetcher == null || link == null) return null;
            try {
                FetchedPage page = fetcher.fetch(link);
                Optional<Article> a = PageArticles.extract(new WebPage(
                        UrlIds.idFor(page.url(), id), path, page.url(), page.body(), page.charset(), null), log);
                if (a.isEmpty()) return null;
                Article art = a.get();
                if (art.title() == null && title != null) art = art.withTitle(title);
                if (source != null) art = art.withSource(source);
                if (art.published() == null && date != null) {
                    // the page does not say; the feed does
                    art = new Article(art.id(), art.path(), art.url(), art.source(), art.title(), art.byline(),
                            LocalDate.ofInstant(date, ZoneOffset.UTC), date.toString(), art.language(), art.text(),
                            art.warnings(), art.skipped());
                }
                if (art.byline() == null && byline != null) {
                    art = new Article(art.id(), art.path(), art.url(), art.source(), art.title(), byline,
                            art.published(), art.publishedIso(), art.language(), art.text(), art.warnings(), art.skipped());
                }
                return art;
            } catch (FetchException e) {
                log.warn(path, "cannot fetch " + link + " (" + e.getMessage() + "): the feed summary stands in");
                return null;
            }
        }
    }

    private Entry entry(SyndEntry e, String fallbackId, String path, String source, String feedLanguage) {
        String link = link(e);
        String title = blankToNull(e.getTitle() == null ? null : PageArticles.fragmentText(e.getTitle()));
        String summary = summary(e);
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        String id = link == null ? fallbackId : UrlIds.idFor(link, fallbackId);
        return new Entry(id, path, link, title, summary, blankToNull(e.getAuthor()), d == null ? null : d.toInstant(),
                source, languageCode(feedLanguage), fetcher);
    }

    private static String link(SyndEntry e) {
        String link = blankToNull(e.getLink());
        if (link == null) {
            for (SyndLink l : e.getLinks()) {
                if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) return l.getHref().strip();
            }
            String uri = blankToNull(e.getUri());
            if (uri != null && (uri.startsWith("http://") || uri.startsWith("https://"))) return uri;
        }
        return link == null ? null : link.strip();
    }

    private static String summary(SyndEntry e) {
        // full content when the feed carries it, else the description
        for (SyndContent c : e.getContents()) {
            String t = contentText(c);
            if (!t.isEmpty()) return t;
        }
        return e.getDescription() == null ? "" : contentText(e.getDescription());
    }

    private static String contentText(SyndContent c) {
        String v = c.getValue();
        if (v == null || v.isBlank()) return "";
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        // RSS descriptions carry escaped HTML without saying so; plain text passes through the parser unchanged
        if (type.equals("text") || type.equals("text/plain")) return v.strip();
        return PageArticles.fragmentText(v);
    }

    private static String languageCode(String lang) {
        if (lang == null || lang.isBlank()) return null;
        String l = lang.strip().toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        return dash > 0 ? l.substring(0, dash) : l;
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneLine(String s) {
        if (s == null) return "unknown error";
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
