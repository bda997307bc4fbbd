package io.corroborate.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.annotate.Annotator;
import io.corroborate.corroborate.Corroborator;
import io.corroborate.corroborate.Dossier;
import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.Ingestor;
import io.corroborate.render.Json;
import io.corroborate.text.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * bench conflicts: the conflict dataset's evaluation (datasets/conflicts/README.md), run in process: each
 * cluster's clean and perturbed articles are analysed as {@code analyze} would, and the dossiers' JSON is
 * scored with the dataset script's rules. Prints recall by kind, precision and clean conflicts per cluster.
 */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = "Recall, precision and clean-run conflicts on the conflict dataset (multinews-dev).")
public final class BenchConflicts implements Callable<Integer> {
    private static final List<String> KINDS = List.of("weekday", "number", "name", "speaker");

    @Option(names = "--clusters", description = "Folder of clusters (default: ../shared/datasets/conflicts/multinews-dev).")
    Path clusters;

    @Option(names = "--only", split = ",", description = "Cluster ids to run.")
    Set<String> only;

    @Option(names = "--jobs", defaultValue = "2", description = "Clusters analysed in parallel (default 2).")
    int jobs;

    @Option(names = {"-v", "--verbose"}, description = "List every injected conflict and whether it was found.")
    boolean verbose;

    @Option(names = "--show-clean", description = "Print the conflicts reported on the unedited articles.")
    boolean showClean;

    @Option(names = "--show-new", description = "Print the perturbed-run conflicts that match no injected conflict.")
    boolean showNew;

    private record Result(String cluster, List<ConflictScorer.Truth> truth, List<JsonNode> clean, List<JsonNode> perturbed,
                          List<Boolean> found, int fresh, int freshMatched, List<JsonNode> unmatched) {
    }

    @Override
    public Integer call() throws Exception {
        Path root = clusters != null ? clusters : defaultClusters();
        if (!Files.isDirectory(root)) {
            System.err.println("bench conflicts: no clusters folder " + root);
            return 1;
        }
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(d -> Files.exists(d.resolve("truth.json")))
                    .filter(d -> only == null || only.contains(d.getFileName().toString())).sorted().toList();
        }
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        List<Future<Result>> futures = new ArrayList<>();
        for (Path d : dirs) futures.add(pool.submit(() -> score(d)));
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : futures) results.add(f.get());
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;

        Map<String, int[]> perKind = new LinkedHashMap<>();
        for (String k : KINDS) perKind.put(k, new int[2]);
        int fresh = 0, freshMatched = 0, clean = 0;
        System.out.printf("%-8s %-26s %7s %6s %6s %5s %7s%n", "cluster", "injected", "found", "clean", "pert", "new", "new-inj");
        for (Result r : results) {
            int found = 0;
            for (int i = 0; i < r.truth().size(); i++) {
                int[] c = perKind.computeIfAbsent(r.truth().get(i).kind(), k -> new int[2]);
                c[0]++;
                if (r.found().get(i)) {
                    c[1]++;
                    found++;
                }
            }
            fresh += r.fresh();
            freshMatched += r.freshMatched();
            clean += r.clean().size();
            System.out.printf("%-8s %-26s %3d/%-3d %6d %6d %5d %7d%n", r.cluster(),
                    String.join(",", r.truth().stream().map(ConflictScorer.Truth::kind).toList()), found, r.truth().size(),
                    r.clean().size(), r.perturbed().size(), r.fresh(), r.freshMatched());
            if (verbose) {
                for (int i = 0; i < r.truth().size(); i++) {
                    var t = r.truth().get(i);
                    System.out.printf("         %-5s %-7s %s: '%s' -> '%s'%n", r.found().get(i) ? "FOUND" : "miss", t.kind(),
                            t.file(), t.original(), t.replacement());
                }
            }
            if (showClean) for (JsonNode o : r.clean()) System.out.println("    clean " + brief(o));
            if (showNew) for (JsonNode o : r.unmatched()) System.out.println("    new   " + brief(o));
        }
        int injected = 0, found = 0;
        StringBuilder kinds = new StringBuilder();
        System.out.printf("%n%-8s %8s %6s %7s%n", "kind", "injected", "found", "recall");
        for (var e : perKind.entrySet()) {
            injected += e.getValue()[0];
            found += e.getValue()[1];
            String r = e.getValue()[0] == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) e.getValue()[1] / e.getValue()[0]);
            System.out.printf("%-8s %8d %6d %7s%n", e.getKey(), e.getValue()[0], e.getValue()[1], r);
            kinds.append(kinds.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(r);
        }
        double recall = injected == 0 ? 0 : (double) found / injected;
        String precision = fresh == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) freshMatched / fresh);
        System.out.printf("%-8s %8d %6d %7.2f%n%n", "all", injected, found, recall);
        System.out.printf(Locale.ROOT, "new conflicts in perturbed runs: %d, of which match an injected conflict: %d -> precision %s%n",
                fresh, freshMatched, precision);
        System.out.printf(Locale.ROOT, "%d clusters in %.1f s%n", results.size(), seconds);
        System.out.printf(Locale.ROOT, "conflict recall %.2f (%s), precision %s, clean conflicts/cluster %.1f%n", recall, kinds,
                precision, results.isEmpty() ? 0.0 : (double) clean / results.size());
        return 0;
    }

    private static Path defaultClusters() {
        String root = System.getProperty("corroborate.root");
        Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        return base.resolve("../shared/datasets/conflicts/multinews-dev").normalize();
    }

    private static String brief(JsonNode o) {
        StringBuilder b = new StringBuilder(o.path("kind").asText()).append(" [").append(o.path("slot").asText()).append("] ");
        String sep = "";
        for (JsonNode s : o.path("sides")) {
            b.append(sep).append('"').append(s.path("value").asText()).append("\" ").append(s.path("articles"));
            sep = " vs ";
        }
        for (JsonNode s : o.path("sides")) {
            for (JsonNode e : s.path("evidence")) {
                String text = e.path("text").asText().replaceAll("\\s+", " ");
                b.append("\n        ").append(e.path("articleId").asText()).append(": ")
                        .append(text.length() > 220 ? text.substring(0, 220) + "…" : text);
            }
        }
        return b.toString();
    }

    private Result score(Path dir) throws Exception {
        List<ConflictScorer.Truth> truth = new ArrayList<>();
        Json.mapper().readTree(dir.resolve("truth.json").toFile()).forEach(t -> truth.add(ConflictScorer.Truth.of(t)));
        List<JsonNode> clean = ConflictScorer.conflictObjects(analyse(dir.resolve("clean")));
        List<JsonNode> pert = ConflictScorer.conflictObjects(analyse(dir.resolve("perturbed")));
        List<String> texts = pert.stream().map(ConflictScorer::flatText).toList();
        List<Boolean> changed = ConflictScorer.changed(clean, pert);
        List<Boolean> found = new ArrayList<>();
        for (ConflictScorer.Truth t : truth) {
            boolean f = false;
            for (int i = 0; i < pert.size(); i++) f |= changed.get(i) && ConflictScorer.matches(texts.get(i), t);
            found.add(f);
        }
        List<Integer> fresh = ConflictScorer.fresh(clean, pert, ConflictScorer.placeholders(truth));
        int matched = 0;
        List<JsonNode> unmatched = new ArrayList<>();
        for (int i : fresh) {
            int k = i;
            if (truth.stream().anyMatch(t -> ConflictScorer.matches(texts.get(k), t))) matched++;
            else unmatched.add(pert.get(i));
        }
        return new Result(dir.getFileName().toString(), truth, clean, pert, found, fresh.size(), matched, unmatched);
    }

    private static JsonNode analyse(Path folder) {
        IngestLog log = new IngestLog();
        List<Article> articles = Ingestor.standard().readAll(List.of(folder.toString()), log);
        Dossier dossier = new Corroborator().corroborate(Annotator.standard().annotateStory(articles), List.of());
        return Json.mapper().valueToTree(dossier);
    }
}
