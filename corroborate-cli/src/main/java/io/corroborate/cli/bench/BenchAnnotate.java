package io.corroborate.cli.bench;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Annotator;
import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.Ingestor;
import io.corroborate.text.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * bench annotate: one table with the annotation layer's quality and speed. Quotes on PolNeAR dev
 * ({@code PolnearEval}), time expressions and named entities on MEANTIME dev ({@link MeantimeEval}), both
 * computed in process from the JSON {@code annotate} writes, with the dataset scorers' definitions; then
 * articles/s, tokens/s and peak heap of annotating the PolNeAR texts (dev + train, repeated) on every core.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Quality (PolNeAR quotes, MEANTIME time expressions and entities) and speed of annotate.")
public final class BenchAnnotate implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "3000",
            description = "Articles annotated in the timed run (the PolNeAR texts repeated; default 3000).")
    int articles;

    @Option(names = "--no-speed", description = "Skip the speed run.")
    boolean noSpeed;

    @Option(names = "--no-quality", description = "Skip the quality runs.")
    boolean noQuality;

    @Option(names = "--show-errors", defaultValue = "0", description = "Print this many MEANTIME timex errors.")
    int showErrors;

    @Override
    public Integer call() throws Exception {
        Path root = repoRoot();
        System.out.println("bench annotate (" + Runtime.getRuntime().availableProcessors() + " cores)");
        if (!noQuality) {
            quotes(root);
            meantime(root);
        }
        if (!noSpeed) speed(root);
        return 0;
    }

    static Path repoRoot() {
        String root = System.getProperty("corroborate.root");
        return (root != null ? Path.of(root) : Path.of("")).toAbsolutePath().normalize();
    }

    @SuppressWarnings("unchecked")
    private static void quotes(Path root) {
        System.out.println();
        System.out.println("QUOTES  PolNeAR dev (python3 ../shared/datasets/quotes/polnear/score.py --launcher bin/corroborate)");
        try {
            Class<?> c = Class.forName("io.corroborate.cli.bench.PolnearEval");
            List<String> lines = (List<String>) c.getMethod("run", Path.class).invoke(null, root);
            for (String l : lines) System.out.println("  " + l);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            System.out.println("  pending (the PolNeAR evaluator is not built in yet)");
        } catch (InvocationTargetException | IllegalAccessException e) {
            Throwable t = e.getCause() != null ? e.getCause() : e;
            System.out.println("  failed: " + t);
        }
    }

    private void meantime(Path root) {
        System.out.println();
        System.out.println("TIME EXPRESSIONS AND ENTITIES  MEANTIME dev "
                + "(python3 ../shared/datasets/timex-entities/meantime-dev/score.py --launcher bin/corroborate)");
        Optional<MeantimeEval.Figures> fig = MeantimeEval.run(root);
        if (fig.isEmpty()) {
            System.out.println("  skipped: no data at " + root.resolve(MeantimeEval.DATA).normalize());
            return;
        }
        MeantimeEval.Figures f = fig.get();
        MeantimeEval.TimexFigures t = f.timex();
        System.out.printf(Locale.ROOT, "  %d articles, output for %d, published anchor right in %d%n", f.articles(),
                f.withOutput(), f.publishedRight());
        System.out.printf(Locale.ROOT, "  %-34s %6s %6s %6s %6s%n", "timex (date line excluded)", "match", "P", "R", "F1");
        row("extraction strict", t.strict());
        row("extraction relaxed", t.relaxed());
        row("type F1", t.type());
        row("value F1 (headline)", t.value());
        System.out.printf(Locale.ROOT, "  gold %d, predicted %d; type accuracy %.3f, value accuracy %.3f; with the date line:"
                        + " relaxed F1 %.3f, value F1 %.3f%n", t.gold(), t.pred(), t.typeAccuracy(), t.valueAccuracy(),
                f.timexWithDateLine().relaxed().f1(), f.timexWithDateLine().value().f1());
        MeantimeEval.EntityFigures e = f.entities();
        System.out.printf(Locale.ROOT, "  %-34s %6s %6s %6s %6s%n", "named entities", "match", "P", "R", "F1");
        row("span exact", e.exact());
        row("span overlap", e.overlap());
        for (var c : e.byClass().entrySet()) row(c.getKey() + " (typed)", c.getValue());
        row("PER/ORG/LOC typed (headline)", e.perOrgLoc());
        System.out.printf(Locale.ROOT, "  gold %d, predicted %d; type accuracy %.3f%n", e.gold(), e.pred(), e.typeAccuracy());
        System.out.println("  " + f.summary());
        for (int i = 0; i < Math.min(showErrors, t.errors().size()); i++) System.out.println("    " + t.errors().get(i));
    }

    private static void row(String label, MeantimeEval.Prf p) {
        System.out.printf(Locale.ROOT, "  %-34s %6d %6.3f %6.3f %6.3f%n", label, p.count(), p.p(), p.r(), p.f1());
    }

    private void speed(Path root) {
        System.out.println();
        Path polnear = root.resolve("../shared/datasets/quotes/polnear").normalize();
        List<String> inputs = new ArrayList<>();
        for (String part : List.of("dev/text", "train/text")) {
            if (Files.isDirectory(polnear.resolve(part))) inputs.add(polnear.resolve(part).toString());
        }
        if (inputs.isEmpty()) {
            System.out.println("SPEED  skipped: no PolNeAR texts at " + polnear);
            return;
        }
        List<Article> base = Ingestor.standard().readAll(inputs, new IngestLog(p -> { }));
        if (base.isEmpty()) return;
        List<Article> work = new ArrayList<>();
        while (work.size() < articles) work.addAll(base);
        work = work.subList(0, articles);
        Annotator annotator = Annotator.standard();
        // warm-up: one pass over the distinct texts so the JIT has compiled the hot paths
        base.parallelStream().forEach(annotator::annotate);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long tokens = work.parallelStream().map(annotator::annotate).mapToLong(BenchAnnotate::tokens).sum();
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "SPEED  annotate, PolNeAR dev+train texts (%d distinct) repeated to %d articles,"
                + " %d threads%n", base.size(), work.size(), java.util.concurrent.ForkJoinPool.commonPool().getParallelism() + 1);
        System.out.printf(Locale.ROOT, "  %.0f articles/s, %.0f tokens/s, %.1f s, peak heap %.0f MB (max %d MB)%n",
                work.size() / s, tokens / s, s, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        if (cpu > 0) {
            // wall-clock figures suffer when other work shares the cores; CPU time per article does not
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf(Locale.ROOT, "  CPU %.2f ms per article: %.0f articles/s, %.0f tokens/s on %d idle cores%n",
                    cpu * 1000 / work.size(), cores * work.size() / cpu, cores * tokens / cpu, cores);
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long tokens(AnnotatedArticle a) {
        return a.tokens().size();
    }
}
