package io.corroborate.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.Ingestor;
import io.corroborate.ingest.fetch.FetchLimits;
import io.corroborate.ingest.fetch.PageFetcher;
import io.corroborate.ingest.fetch.TestServer;
import io.corroborate.text.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFileReaderTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel>
              <title>Harbour Gazette</title><link>https://gazette.example/</link><language>en-gb</language>
              <item>
                <title>Tide gates close early</title>
                <link>https://gazette.example/news/tide-gates.html</link>
                <pubDate>Tue, 18 Mar 2025 08:15:00 +0000</pubDate>
                <author>desk@gazette.example (Ana Lima)</author>
                <description>&lt;p&gt;The tide gates were closed two hours early on Tuesday.&lt;/p&gt;&lt;p&gt;Engineers cited &lt;b&gt;strong winds&lt;/b&gt;.&lt;/p&gt;</description>
              </item>
              <item>
                <title>Market moves indoors</title>
                <link>https://gazette.example/news/market.html</link>
                <description>The Saturday market will move into the old fish hall.</description>
              </item>
              <item><title>Photo of the day</title><link>https://gazette.example/photo</link></item>
            </channel></rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Coast Watch</title>
              <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
              <updated>2025-03-18T10:00:00Z</updated>
              <entry>
                <title>Lifeboat launched twice</title>
                <link href="https://coast.example/2025/lifeboat"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <published>2025-03-17T22:40:00+01:00</published>
                <updated>2025-03-18T09:00:00Z</updated>
                <summary type="text">The lifeboat was launched twice overnight to help two fishing boats.</summary>
              </entry>
            </feed>
            """;

    static List<Article> read(FeedFileReader reader, Path file, IngestLog log) throws IOException {
        List<Article> out = new ArrayList<>();
        reader.read(file, file.getFileName().toString(), out::add, log);
        return out;
    }

    @Test
    void rssEntriesBecomeArticlesFromTheirSummaries(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("gazette.rss");
        Files.writeString(f, RSS);
        IngestLog log = new IngestLog();
        List<Article> out = read(new FeedFileReader(), f, log);
        assertEquals(2, out.size());
        Article a = out.get(0);
        assertEquals("tide-gates", a.id());
        assertEquals("gazette.rss#1", a.path());
        assertEquals("https://gazette.example/news/tide-gates.html", a.url());
        assertEquals("Tide gates close early", a.title());
        assertEquals("Harbour Gazette", a.source());
        assertEquals(LocalDate.of(2025, 3, 18), a.published());
        assertEquals("2025-03-18T08:15:00Z", a.publishedIso());
        assertEquals("en", a.language());
        assertTrue(a.text().contains("The tide gates were closed two hours early on Tuesday."), a.text());
        assertTrue(a.text().contains("Engineers cited strong winds."), a.text());
        assertFalse(a.text().contains("<"), a.text());
        assertNull(out.get(1).published());
        assertEquals(Map.of("empty", 1), log.skippedByReason());
        assertEquals("gazette.rss#3", log.problems().get(0).input());
    }

    @Test
    void atomEntriesUseThePublishedDate(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("coast.atom");
        Files.writeString(f, ATOM);
        List<Article> out = read(new FeedFileReader(), f, new IngestLog());
        assertEquals(1, out.size());
        Article a = out.get(0);
        assertEquals("https://coast.example/2025/lifeboat", a.url());
        assertEquals("lifeboat", a.id());
        assertEquals("2025-03-17T21:40:00Z", a.publishedIso());
        assertEquals("The lifeboat was launched twice overnight to help two fishing boats.", a.text());
    }

    @Test
    void xmlFilesAreReadOnlyWhenTheyAreFeeds(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("feed.xml");
        Files.writeString(feed, ATOM);
        Path sitemap = dir.resolve("sitemap.xml");
        Files.writeString(sitemap, "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>");
        FeedFileReader r = new FeedFileReader();
        assertTrue(r.accepts(feed));
        assertFalse(r.accepts(sitemap));
    }

    @Test
    void aFeedThatIsNotXmlIsSkippedWithTheReason(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.rss");
        Files.writeString(f, "this is just some text, not a feed at all");
        Path bin = dir.resolve("binary.rss");
        Files.write(bin, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});
        Path html = dir.resolve("page.rss");
        Files.writeString(html, "<html><body><p>A web page saved with the wrong name.</p></body></html>");
        Path truncated = dir.resolve("cut.rss");
        Files.writeString(truncated, RSS.substring(0, RSS.indexOf("</item>") + 3));
        Path empty = dir.resolve("empty.rss");
        Files.writeString(empty, "");
        IngestLog log = new IngestLog();
        List<Article> out = Ingestor.standard().readAll(List.of(f.toString(), bin.toString(), html.toString(),
                truncated.toString(), empty.toString()), log);
        assertTrue(out.isEmpty());
        assertEquals(Map.of("not-a-feed", 4, "empty", 1), log.skippedByReason(), log.problems().toString());
        assertTrue(log.problems().get(0).reason().startsWith("not an RSS or Atom feed: "), log.problems().toString());
        assertEquals(f.toString(), log.problems().get(0).input());
    }

    @Test
    void aHugeFeedIsSkipped(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("big.rss");
        Files.writeString(f, RSS);
        IngestLog log = new IngestLog();
        assertTrue(read(new FeedFileReader(null, 100), f, log).isEmpty());
        assertEquals(Map.of("too-large", 1), log.skippedByReason());
    }

    @Test
    void withFetchingEntryLinksAreFollowedAndTheSummaryStandsInOnFailure(@TempDir Path dir) throws IOException {
        try (TestServer server = new TestServer(); PageFetcher fetcher = new PageFetcher(FetchLimits.DEFAULT)) {
            String rss = RSS.replace("https://gazette.example/news/tide-gates.html", server.url("/page"))
                    .replace("https://gazette.example/news/market.html", server.url("/missing"));
            Path f = dir.resolve("gazette.rss");
            Files.writeString(f, rss, StandardCharsets.UTF_8);
            IngestLog log = new IngestLog();
            List<Article> out = read(new FeedFileReader(fetcher), f, log);
            assertEquals(2, out.size(), log.problems().toString());
            Article page = out.get(0);
            assertTrue(page.text().contains("Work on the north pier began on Monday"), page.text());
            assertEquals("Pier repairs begin", page.title());
            assertEquals("2025-03-18T08:15:00Z", page.publishedIso(), "the page has no date: the feed's stands in");
            assertEquals("Harbour Gazette", page.source());
            assertEquals("The Saturday market will move into the old fish hall.", out.get(1).text());
            assertTrue(log.problems().stream().anyMatch(p -> p.input().equals("gazette.rss#2") && p.reason().contains("HTTP 404")),
                    log.problems().toString());
        }
    }
}
