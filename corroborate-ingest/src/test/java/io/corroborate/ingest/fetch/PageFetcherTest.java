package io.corroborate.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The polite fetcher against a server on 127.0.0.1. */
class PageFetcherTest {
    static TestServer server;
    static PageFetcher fetcher;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
        fetcher = new PageFetcher(FetchLimits.DEFAULT.withReadTimeout(Duration.ofMillis(1000)).withMaxBodyBytes(100_000)
                .withMaxRedirects(3));
    }

    @AfterAll
    static void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void fetchesAPageNamingTheToolAndAskingForGzip() throws IOException {
        FetchedPage page = fetcher.fetch(server.url("/page"));
        assertEquals(200, page.status());
        assertEquals("utf-8", page.charset());
        assertEquals(TestServer.PAGE, new String(page.body(), StandardCharsets.UTF_8));
        String seen = server.requests.stream().filter(r -> r.startsWith("/page ")).findFirst().orElseThrow();
        assertTrue(seen.contains("UA=" + FetchLimits.USER_AGENT), seen);
        assertTrue(seen.contains("AE=gzip"), seen);
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() throws IOException {
        FetchedPage page = fetcher.fetch(server.url("/redirect"));
        assertEquals(server.url("/page"), page.url());
        assertEquals(server.url("/redirect"), page.requested());
        assertEquals(server.url("/a/page"), fetcher.fetch(server.url("/relative-redirect")).url());
    }

    @Test
    void stopsAfterTheRedirectLimit() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/loop")));
        assertEquals(FetchException.Kind.REDIRECTS, e.kind());
        assertTrue(e.getMessage().contains("more than 3 redirects"), e.getMessage());
    }

    @Test
    void refusesRedirectsToOtherSchemes() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/to-ftp")));
        assertEquals(FetchException.Kind.BAD_URL, e.kind());
    }

    @Test
    void a404IsAStatusError() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/missing")));
        assertEquals(FetchException.Kind.STATUS, e.kind());
        assertEquals("HTTP 404", e.getMessage());
        assertEquals("fetch-status", e.category());
    }

    @Test
    void slowHeadersTimeOut() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/slow-headers")));
        assertEquals(FetchException.Kind.TIMEOUT, e.kind(), e.getMessage());
    }

    @Test
    void aBodyThatStallsTimesOut() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/slow-body")));
        assertEquals(FetchException.Kind.TIMEOUT, e.kind(), e.getMessage());
    }

    @Test
    void anOversizeBodyIsRefused() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/big")));
        assertEquals(FetchException.Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("100000 bytes"), e.getMessage());
    }

    @Test
    void aGzipBombStopsAtTheCap() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/gzip-bomb")));
        assertEquals(FetchException.Kind.TOO_LARGE, e.kind());
    }

    @Test
    void gzipBodiesAreDecoded() throws IOException {
        assertEquals(TestServer.PAGE, new String(fetcher.fetch(server.url("/gzip")).body(), StandardCharsets.UTF_8));
    }

    @Test
    void theWrongContentTypeIsRefused() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/image")));
        assertEquals(FetchException.Kind.CONTENT_TYPE, e.kind());
        assertEquals("content type image/png is not a web page", e.getMessage());
    }

    @Test
    void anUntypedBodyIsAcceptedWhenItIsHtml() throws IOException {
        assertEquals(200, fetcher.fetch(server.url("/untyped")).status());
    }

    @Test
    void nonHttpUrlsAreRefused() {
        assertEquals(FetchException.Kind.BAD_URL, assertThrows(FetchException.class, () -> fetcher.fetch("file:///etc/passwd")).kind());
        assertEquals(FetchException.Kind.BAD_URL, assertThrows(FetchException.class, () -> fetcher.fetch("not a url")).kind());
    }

    @Test
    void aClosedPortIsANetworkError() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch("http://127.0.0.1:" + port + "/page"));
        assertEquals(FetchException.Kind.NETWORK, e.kind());
    }

    @Test
    void requestsToOneHostAreCapped() throws Exception {
        server.maxInFlight.set(0);
        try (PageFetcher twoPerHost = new PageFetcher(FetchLimits.DEFAULT.withConcurrency(2, 8))) {
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<FetchedPage>> fs = new ArrayList<>();
                for (int i = 0; i < 6; i++) fs.add(pool.submit(() -> twoPerHost.fetch(server.url("/held"))));
                for (Future<FetchedPage> f : fs) assertEquals(200, f.get().status());
            } finally {
                pool.shutdownNow();
            }
        }
        assertEquals(2, server.maxInFlight.get(), "at most two at once, and the cap is reached");
    }
}
