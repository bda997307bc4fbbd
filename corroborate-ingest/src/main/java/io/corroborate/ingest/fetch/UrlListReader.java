package io.corroborate.ingest.fetch;

import io.corroborate.ingest.FormatReader;
import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.web.PageArticles;
import io.corroborate.ingest.web.UrlIds;
import io.corroborate.ingest.web.WebPage;
import io.corroborate.text.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads a list of URLs ({@code urls.txt}, {@code *.urls}): one URL a line; blank lines and lines starting with
 * '#' are ignored. With a {@link PageFetcher} (the {@code --fetch} option) each page is downloaded and extracted,
 * several at once within the fetcher's limits, and the articles come out in list order. Without one, the list is
 * logged as skipped: nothing is downloaded unless asked. Each article's path is the URL as listed; its url is
 * the URL after redirects.
 */
public final class UrlListReader implements FormatReader {
    /** A URL list larger than this (4 MiB) is not read. */
    public static final long MAX_LIST_BYTES = 4L << 20;

    private final PageFetcher fetcher;

    /** Fetching off: URL lists are logged as skipped. */
    public UrlListReader() {
        this(null);
    }

    /** @param fetcher downloads the pages, or null to leave URL lists unread */
    public UrlListReader(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.equals("urls.txt") || n.endsWith(".urls") || n.endsWith(".urls.txt");
    }

    /** A listed URL and the line it is on. */
    record Listed(int line, String url) {
    }

    @Override
    public void read(Path file, String displayPath, Consumer<Article> sink, IngestLog log) throws IOException {
        if (Files.size(file) > MAX_LIST_BYTES) {
            log.skipped(displayPath, "too-large", "URL list larger than " + MAX_LIST_BYTES + " bytes");
            return;
        }
        // without fetching, the list is one skipped input: its lines are not judged one by one
        List<Listed> urls = parse(file, displayPath, fetcher == null ? new IngestLog() : log);
        if (urls == null) {
            if (fetcher == null) log.skipped(displayPath, "binary", "URL list holds binary data");
            return;
        }
        if (fetcher == null) {
            log.skipped(displayPath, "fetch-off", urls.size() + (urls.size() == 1 ? " URL" : " URLs")
                    + " not downloaded: fetching is off (use --fetch)");
            return;
        }
        fetchAll(urls, sink, log);
    }

    private static List<Listed> parse(Path file, String displayPath, IngestLog log) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                log.skipped(displayPath, "binary", "URL list holds binary data");
                return null;
            }
        }
        List<Listed> urls = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(
                new java.io.ByteArrayInputStream(bytes), decoder))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String s = line.strip();
                if (n == 1 && s.startsWith("\uFEFF")) s = s.substring(1).strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                String lower = s.toLowerCase(Locale.ROOT);
                if (!(lower.startsWith("http://") || lower.startsWith("https://")) || s.contains(" ")) {
                    log.skipped(displayPath + ":" + n, "bad-url", "not an http(s) URL: " + abbreviate(s));
                    continue;
                }
                urls.add(new Listed(n, s));
            }
        }
        return urls;
    }

    void fetchAll(List<Listed> urls, Consumer<Article> sink, IngestLog log) {
        int threads = fetcher.limits().concurrency();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            // a window of downloads ahead of the one emitted: order is kept and memory bounded
            int window = threads * 4;
            for (int from = 0; from < urls.size(); from += window) {
                List<Future<FetchedPage>> batch = new ArrayList<>();
                List<Listed> part = urls.subList(from, Math.min(urls.size(), from + window));
                for (Listed u : part) batch.add(pool.submit(() -> fetcher.fetch(u.url())));
                for (int i = 0; i < part.size(); i++) {
                    emit(part.get(i), batch.get(i), sink, log);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void emit(Listed u, Future<FetchedPage> f, Consumer<Article> sink, IngestLog log) {
        try {
            FetchedPage page = f.get();
            String id = UrlIds.idFor(page.url(), "page-" + u.line());
            Optional<Article> a = PageArticles.extract(
                    new WebPage(id, u.url(), page.url(), page.body(), page.charset(), null), log);
            a.ifPresent(sink);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FetchException fe) {
                log.skipped(u.url(), fe.category(), fe.getMessage());
            } else {
                log.skipped(u.url(), "fetch-network", String.valueOf(e.getCause()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.skipped(u.url(), "fetch-network", "interrupted");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }
}
