package io.corroborate.cli;

import io.corroborate.annotate.Annotator;
import io.corroborate.ingest.IngestLog;
import io.corroborate.render.AnnotationJson;
import io.corroborate.text.Article;
import java.io.Writer;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** annotate: every annotation layer of every article, one JSON object per line. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Write sentences, mentions, time expressions, numbers and quotes of each article as JSON Lines.")
public final class AnnotateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders of articles.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (the only format).")
    String format;

    @Mixin
    OutputOption output;

    @Mixin
    FetchOption fetch;

    @Override
    public Integer call() throws Exception {
        if (!"jsonl".equals(format)) {
            System.err.println("error: --format must be jsonl");
            return 2;
        }
        IngestLog log = new IngestLog(p -> System.err.println("warning: " + p));
        List<Article> articles = fetch.ingestor().readAll(inputs, log);
        System.err.println(log.summary());
        Annotator annotator = Annotator.standard();
        // Articles are independent here: each is anchored on its own metadata or text.
        List<String> lines = articles.parallelStream()
                .map(a -> AnnotationJson.of(annotator.annotate(a)).toString()).toList();
        try (Writer w = output.open()) {
            for (String line : lines) w.write(line + "\n");
        }
        return articles.isEmpty() ? 1 : 0;
    }
}
