package io.corroborate.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.IngestOptions;
import io.corroborate.ingest.Ingestor;
import io.corroborate.text.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlListReaderTest {
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void acceptsUrlListsOnly() {
        UrlListReader r = new UrlListReader();
        assertTrue(r.accepts(Path.of("urls.txt")));
        assertTrue(r.accepts(Path.of("monday.urls")));
        assertFalse(r.accepts(Path.of("story.txt")));
    }

    @Test
    void withoutFetchingTheListIsSkippedAndNothingIsDownloaded(@TempDir Path dir) throws IOException {
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, "# morning sweep\n" + server.url("/page") + "\n\n" + server.url("/gzip") + "\n");
        int before = server.requests.size();
        IngestLog log = new IngestLog();
        List<Article> out = Ingestor.standard().readAll(List.of(list.toString()), log);
        assertTrue(out.isEmpty());
        assertEquals(Map.of("fetch-off", 1), log.skippedByReason());
        assertEquals(list + ": 2 URLs not downloaded: fetching is off (use --fetch)", log.problems().get(0).toString());
        assertEquals(before, server.requests.size());
    }

    @Test
    void withFetchingEachPageIsAnArticleInListOrderAndFailuresAreNamed(@TempDir Path dir) throws IOException {
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, String.join("\n", server.url("/redirect"), server.url("/missing"), "ftp://x/y",
                server.url("/image"), server.url("/gzip"), server.url("/slow-headers")) + "\n");
        IngestOptions opts = IngestOptions.DEFAULT.withFetch(true);
        opts = new IngestOptions(true, opts.fetchLimits().withReadTimeout(Duration.ofMillis(1000)), false);
        IngestLog log = new IngestLog();
        List<Article> out = Ingestor.standard(opts).readAll(List.of(list.toString()), log);

        assertEquals(2, out.size(), log.problems().toString());
        Article first = out.get(0);
        assertEquals(server.url("/redirect"), first.path());
        assertEquals(server.url("/page"), first.url());
        assertEquals("page", first.id());
        assertEquals("Pier repairs begin", first.title());
        assertTrue(first.text().contains("Work on the north pier began on Monday"), first.text());
        assertEquals("gzip", out.get(1).id());
        assertEquals(Map.of("fetch-status", 1, "bad-url", 1, "fetch-content-type", 1, "fetch-timeout", 1), log.skippedByReason());
        assertTrue(log.problems().contains(new IngestLog.Problem(server.url("/missing"), "HTTP 404")), log.problems().toString());
        assertTrue(log.problems().contains(new IngestLog.Problem(list + ":3", "not an http(s) URL: ftp://x/y")), log.problems().toString());
    }

    @Test
    void aBinaryListIsSkipped(@TempDir Path dir) throws IOException {
        Path list = dir.resolve("urls.txt");
        Files.write(list, new byte[] {'h', 't', 0, 1, 2, 3});
        IngestLog log = new IngestLog();
        new UrlListReader(null).read(list, "urls.txt", a -> { }, log);
        assertEquals(Map.of("binary", 1), log.skippedByReason());
    }

    @Test
    void urlArticlesGetIdsFromTheirPath() {
        List<Article> none = new ArrayList<>();
        assertTrue(none.isEmpty());
        assertEquals("bridge-closes", io.corroborate.ingest.web.UrlIds.idFor("https://news.example/2025/03/bridge-closes.html", "x"));
        assertEquals("news.example", io.corroborate.ingest.web.UrlIds.idFor("https://news.example/", "x"));
        assertEquals("x", io.corroborate.ingest.web.UrlIds.idFor("::", "x"));
    }
}
