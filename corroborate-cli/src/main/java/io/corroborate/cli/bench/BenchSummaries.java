package io.corroborate.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Annotator;
import io.corroborate.annotate.Sentence;
import io.corroborate.corroborate.Corroborator;
import io.corroborate.corroborate.SummaryLine;
import io.corroborate.text.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * bench summaries: the dossier's summary against the human summaries of the Multi-News sample
 * (datasets/summaries/multinews), side by side with lead and TextRank cut to the same length per
 * cluster (the summary's own word count, or {@code --words}). ROUGE-1 and ROUGE-2 F1, see {@link Rouge}.
 */
@Command(name = "summaries", mixinStandardHelpOptions = true,
        description = "ROUGE of the summary vs lead and TextRank on the Multi-News sample (same length per cluster).")
public final class BenchSummaries implements Callable<Integer> {
    /** Sentences shorter than this are not candidates for the baselines (datelines, captions). */
    static final int MIN_WORDS = 5;

    @Option(names = "--data", description = "JSON Lines clusters (default: ../shared/datasets/summaries/multinews/validation-250.jsonl).")
    Path data;

    @Option(names = "--words", defaultValue = "0",
            description = "Cut every system to this many words (default 0: the summary's own length per cluster).")
    int words;

    @Option(names = "--jobs", defaultValue = "2", description = "Clusters analysed in parallel (default 2).")
    int jobs;

    private record Scores(int words, double[] r1, double[] r2) {
    }

    @Override
    public Integer call() throws Exception {
        Path file = data != null ? data : Path.of("..", "shared", "datasets", "summaries", "multinews", "validation-250.jsonl");
        if (!Files.isReadable(file)) {
            System.err.println("bench summaries: cannot read " + file);
            return 1;
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> clusters = new ArrayList<>();
        for (String line : Files.readAllLines(file)) if (!line.isBlank()) clusters.add(json.readTree(line));
        Annotator annotator = Annotator.standard();
        Corroborator corroborator = new Corroborator();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        List<Future<Scores>> futures = new ArrayList<>();
        for (JsonNode c : clusters) futures.add(pool.submit(() -> score(c, annotator, corroborator)));
        double[] r1 = new double[3], r2 = new double[3];
        long totalWords = 0;
        for (Future<Scores> f : futures) {
            Scores s = f.get();
            totalWords += s.words();
            for (int k = 0; k < 3; k++) {
                r1[k] += s.r1()[k];
                r2[k] += s.r2()[k];
            }
        }
        pool.shutdown();
        int n = clusters.size();
        String[] names = {"summary", "lead", "textrank"};
        System.out.printf("%-9s %8s %8s%n", "system", "ROUGE-1", "ROUGE-2");
        for (int k = 0; k < 3; k++) System.out.printf("%-9s %8.2f %8.2f%n", names[k], 100 * r1[k] / n, 100 * r2[k] / n);
        System.out.printf("(%d clusters, %s, %.1f s)%n", n,
                words > 0 ? words + " words each" : String.format("same length per cluster, mean %.0f words", (double) totalWords / n),
                (System.nanoTime() - t0) / 1e9);
        System.out.printf("multinews summary ROUGE-1 %.2f ROUGE-2 %.2f | lead %.2f %.2f | textrank %.2f %.2f%n",
                100 * r1[0] / n, 100 * r2[0] / n, 100 * r1[1] / n, 100 * r2[1] / n, 100 * r1[2] / n, 100 * r2[2] / n);
        return 0;
    }

    private Scores score(JsonNode cluster, Annotator annotator, Corroborator corroborator) {
        String cid = cluster.path("id").asText("cluster");
        List<Article> articles = new ArrayList<>();
        for (JsonNode t : cluster.path("articles")) articles.add(Article.of(cid + "-" + articles.size(), t.asText()));
        List<AnnotatedArticle> annotated = annotator.annotateStory(articles);
        List<List<String>> sentences = new ArrayList<>();
        for (AnnotatedArticle a : annotated) {
            List<String> list = new ArrayList<>();
            for (Sentence s : a.sentences()) {
                String text = s.text(a.text());
                if (Rouge.tokens(text).size() >= MIN_WORDS) list.add(text);
            }
            sentences.add(list);
        }
        List<String> summary = corroborator.corroborate(annotated, List.of()).summary().stream()
                .map(SummaryLine::text).toList();
        int budget = words > 0 ? words : Rouge.tokens(String.join(" ", summary)).size();
        List<String> reference = Rouge.tokens(cluster.path("summary").asText());
        List<List<String>> systems = List.of(Rouge.cut(summary, budget), Rouge.cut(SummaryBaselines.lead(sentences), budget),
                Rouge.cut(SummaryBaselines.textRank(sentences), budget));
        double[] r1 = new double[3], r2 = new double[3];
        for (int k = 0; k < 3; k++) {
            r1[k] = Rouge.f1(systems.get(k), reference, 1);
            r2[k] = Rouge.f1(systems.get(k), reference, 2);
        }
        return new Scores(budget, r1, r2);
    }
}
