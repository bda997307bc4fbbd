package io.corroborate.cli;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Annotator;
import io.corroborate.corroborate.Corroborator;
import io.corroborate.corroborate.Dossier;
import io.corroborate.ingest.IngestLog;
import io.corroborate.render.DossierRenderer;
import io.corroborate.render.HtmlDossierRenderer;
import io.corroborate.render.JsonDossierRenderer;
import io.corroborate.render.MarkdownDossierRenderer;
import io.corroborate.text.Article;
import java.io.Writer;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * analyze: a folder of articles about one event -> one dossier (JSON by default, Markdown or HTML).
 * Exit status: 0 when at least one article was analysed, 1 when nothing could be, 2 on a bad option.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Corroborate the articles of one story and write a dossier.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders of articles.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "json", description = "json (default), md or html.")
    String format;

    @Mixin
    OutputOption output;

    @Mixin
    FetchOption fetch;

    @Override
    public Integer call() throws Exception {
        DossierRenderer renderer = rendererFor(format);
        if (renderer == null) {
            System.err.println("error: --format must be json, md or html, not " + format);
            return 2;
        }
        IngestLog log = new IngestLog(p -> System.err.println("warning: " + p));
        List<Article> articles = fetch.ingestor().readAll(inputs, log);
        System.err.println(log.summary());
        List<Article> english = articles.stream().filter(Corroborator::analysable).toList();
        List<Article> others = articles.stream().filter(a -> !Corroborator.analysable(a)).toList();
        for (Article a : others) {
            System.err.println("warning: " + a.path() + ": language '" + a.language() + "', not analysed");
        }
        if (english.isEmpty()) {
            System.err.println("error: nothing to analyse");
            return 1;
        }
        List<AnnotatedArticle> annotated = Annotator.standard().annotateStory(english);
        Dossier dossier = new Corroborator().corroborate(annotated, others,
                log.problems().stream().map(Object::toString).toList());
        try (Writer w = output.open()) {
            renderer.render(dossier, w);
        }
        return 0;
    }

    /** The renderer for a --format value, or null when the value is unknown. */
    static DossierRenderer rendererFor(String format) {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> new JsonDossierRenderer();
            case "md", "markdown" -> new MarkdownDossierRenderer();
            case "html" -> new HtmlDossierRenderer();
            default -> null;
        };
    }
}
