package io.corroborate.ingest;

import io.corroborate.ingest.html.HtmlFileReader;
import io.corroborate.ingest.feed.FeedFileReader;
import io.corroborate.ingest.fetch.PageFetcher;
import io.corroborate.ingest.fetch.UrlListReader;
import io.corroborate.ingest.jsonl.JsonLinesReader;
import io.corroborate.ingest.lang.LanguageIdentifier;
import io.corroborate.ingest.text.TextFileReader;
import io.corroborate.ingest.warc.WarcFileReader;
import io.corroborate.text.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Walks the inputs (files and folders, recursively, in name order) and dispatches each file to the first
 * {@link FormatReader} that accepts it. Each article then passes the finishing step (the standard one tells its
 * language), and article ids are made unique within a run.
 */
public final class Ingestor {
    private final List<FormatReader> readers;
    private final UnaryOperator<Article> finish;

    public Ingestor(List<FormatReader> readers) {
        this(readers, UnaryOperator.identity());
    }

    /** @param finish applied to every article read (language detection); must be thread-safe */
    public Ingestor(List<FormatReader> readers, UnaryOperator<Article> finish) {
        this.readers = List.copyOf(readers);
        this.finish = finish;
    }

    /** Every format, language detection on, fetching off. */
    public static Ingestor standard() {
        return standard(IngestOptions.DEFAULT);
    }

    public static Ingestor standard(IngestOptions options) {
        // one fetcher for the run, so its per-host limits hold across URL lists and feeds
        PageFetcher fetcher = options.fetch() ? new PageFetcher(options.fetchLimits()) : null;
        // order matters: the first reader that accepts a file reads it
        List<FormatReader> readers = List.of(new UrlListReader(fetcher), new TextFileReader(), new HtmlFileReader(),
                new WarcFileReader(), new FeedFileReader(fetcher), new JsonLinesReader());
        return new Ingestor(readers, options.detectLanguage()
                ? a -> LanguageIdentifier.shared().identify(a) : UnaryOperator.identity());
    }

    /** Reads every input into a list (small corpora; use {@link #read(List, IngestLog, Consumer)} to stream). */
    public List<Article> readAll(List<String> inputs, IngestLog log) {
        List<Article> out = new ArrayList<>();
        read(inputs, log, out::add);
        return out;
    }

    public void read(List<String> inputs, IngestLog log, Consumer<Article> sink) {
        read(inputs, log, sink, 1);
    }

    /**
     * Reads the inputs with up to {@code threads} files in parallel. Articles reach {@code sink} on the calling
     * thread and in the same order as a sequential read, so the output stays deterministic. Files larger than
     * {@link #PARALLEL_MAX_BYTES} (archives) are read on the calling thread, streamed, in their turn.
     */
    public void read(List<String> inputs, IngestLog log, Consumer<Article> sink, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
        Map<String, Integer> seenIds = new HashMap<>();
        // `finished` takes articles already through `finish`: workers apply it, so it runs in parallel too
        Consumer<Article> finished = a -> {
            int n = seenIds.merge(a.id(), 1, Integer::sum);
            log.articleRead();
            sink.accept(n == 1 ? a : a.withId(a.id() + "~" + n));
        };
        List<Path> files = new ArrayList<>();
        List<String> displays = new ArrayList<>();
        for (String input : inputs) {
            Path p = Path.of(input);
            if (!Files.exists(p)) {
                log.skipped(input, "missing", "no such file or folder");
            } else if (Files.isDirectory(p)) {
                for (Path f : listFiles(p, input, log)) {
                    files.add(f);
                    displays.add(p.relativize(f).toString());
                }
            } else {
                files.add(p);
                displays.add(input);
            }
        }
        if (threads == 1 || files.size() < 2) {
            for (int i = 0; i < files.size(); i++) {
                readFile(files.get(i), displays.get(i), log, a -> finished.accept(finish.apply(a)));
            }
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<List<Article>>> pending = new java.util.ArrayDeque<>();
            int window = threads * 4;
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                String d = displays.get(i);
                if (size(f) > PARALLEL_MAX_BYTES) {
                    drain(pending, 0, finished);
                    readFile(f, d, log, a -> finished.accept(finish.apply(a)));
                    continue;
                }
                pending.add(pool.submit(() -> {
                    List<Article> out = new ArrayList<>();
                    readFile(f, d, log, a -> out.add(finish.apply(a)));
                    return out;
                }));
                drain(pending, window, finished);
            }
            drain(pending, 0, finished);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Files at most this large are read on worker threads (their articles are held until their turn). 16 MiB. */
    public static final long PARALLEL_MAX_BYTES = 16L << 20;

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void drain(java.util.ArrayDeque<java.util.concurrent.Future<List<Article>>> pending, int keep,
                              Consumer<Article> sink) {
        while (pending.size() > keep) {
            List<Article> arts;
            try {
                arts = pending.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading inputs", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("reader failed: " + e.getCause(), e.getCause());
            }
            arts.forEach(sink);
        }
    }

    private static List<Path> listFiles(Path dir, String input, IngestLog log) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            log.skipped(input, "unreadable", "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    private void readFile(Path file, String display, IngestLog log, Consumer<Article> sink) {
        if (!Files.isReadable(file)) {
            log.skipped(display, "unreadable", "file is not readable");
            return;
        }
        for (FormatReader r : readers) {
            if (r.accepts(file)) {
                try {
                    r.read(file, display, sink, log);
                } catch (IOException | RuntimeException e) {
                    log.skipped(display, "unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                return;
            }
        }
        log.skipped(display, "unsupported", "not a supported input type");
    }
}
