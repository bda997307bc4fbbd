package io.corroborate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.Ingestor;
import io.corroborate.render.Json;
import io.corroborate.text.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * extract: each article's text and metadata, one JSON object per article (JSON Lines, or one JSON array).
 * Reads every input kind {@link Ingestor#standard()} knows (HTML, gzipped HTML, WARC, feeds, JSON Lines, text).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract each article's text and metadata (title, date, outlet, byline, language) as JSON.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders: HTML (.html, .html.gz), WARC, feeds, JSON Lines, text.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (one object a line, default) or json (one array).")
    String format;

    @Mixin
    OutputOption output;

    @Mixin
    FetchOption fetch;

    @Option(names = "--threads", description = "Files read in parallel (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        if (!"jsonl".equals(format) && !"json".equals(format)) {
            System.err.println("error: --format must be jsonl or json");
            return 2;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            System.err.println("error: --threads must be at least 1");
            return 2;
        }
        boolean array = "json".equals(format);
        ObjectMapper mapper = Json.mapper();
        Progress progress = Progress.start("extract", 0);
        IngestLog log = new IngestLog(p -> progress.message("warning: " + p));
        int[] written = {0};
        try (Writer w = output.open()) {
            if (array) w.write("[\n");
            fetch.ingestor().read(inputs, log, progress.counting(a -> write(w, mapper, a, array, written)), n);
            if (array) w.write(written[0] > 0 ? "\n]\n" : "]\n");
        } finally {
            progress.close();
        }
        System.err.println(log.summary());
        return written[0] == 0 ? 1 : 0;
    }

    private static void write(Writer w, ObjectMapper mapper, Article a, boolean array, int[] written) {
        try {
            if (array && written[0] > 0) w.write(",\n");
            w.write(mapper.writeValueAsString(record(a)));
            if (!array) w.write('\n');
            written[0]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of one output object, in a fixed order. */
    static Map<String, Object> record(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("path", a.path());
        m.put("url", a.url());
        m.put("title", a.title());
        m.put("published", a.publishedIso());
        m.put("source", a.source());
        m.put("byline", a.byline());
        m.put("language", a.language());
        m.put("text", a.text());
        m.put("warnings", a.warnings());
        return m;
    }
}
