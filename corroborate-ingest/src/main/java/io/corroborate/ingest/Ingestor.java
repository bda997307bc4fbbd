package io.corroborate.ingest;

import io.corroborate.ingest.html.HtmlFileReader;
import io.corroborate.ingest.feed.FeedFileReader;
import io.corroborate.ingest.fetch.UrlListReader;
import io.corroborate.ingest.jsonl.JsonLinesReader;
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
import java.util.stream.Stream;

/**
 * Walks the inputs (files and folders, recursively, in name order) and dispatches each file to the first
 * {@link FormatReader} that accepts it. Article ids are made unique within a run.
 */
public final class Ingestor {
    private final List<FormatReader> readers;

    public Ingestor(List<FormatReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static Ingestor standard() {
        // order matters: the first reader that accepts a file reads it
        return new Ingestor(List.of(new TextFileReader(), new HtmlFileReader(), new WarcFileReader(),
                new FeedFileReader(), new JsonLinesReader(), new UrlListReader()));
    }

    /** Reads every input into a list (small corpora; use {@link #read(List, IngestLog, Consumer)} to stream). */
    public List<Article> readAll(List<String> inputs, IngestLog log) {
        List<Article> out = new ArrayList<>();
        read(inputs, log, out::add);
        return out;
    }

    public void read(List<String> inputs, IngestLog log, Consumer<Article> sink) {
        Map<String, Integer> seenIds = new HashMap<>();
        Consumer<Article> unique = a -> {
            int n = seenIds.merge(a.id(), 1, Integer::sum);
            log.articleRead();
            sink.accept(n == 1 ? a : a.withId(a.id() + "~" + n));
        };
        for (String input : inputs) {
            Path p = Path.of(input);
            if (!Files.exists(p)) {
                log.skipped(input, "missing", "no such file or folder");
            } else if (Files.isDirectory(p)) {
                for (Path f : listFiles(p, input, log)) {
                    readFile(f, p.relativize(f).toString(), log, unique);
                }
            } else {
                readFile(p, input, log, unique);
            }
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
