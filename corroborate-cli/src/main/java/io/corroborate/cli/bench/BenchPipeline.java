package io.corroborate.cli.bench;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Annotator;
import io.corroborate.corroborate.Corroborator;
import io.corroborate.corroborate.Dossier;
import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.text.TextFileReader;
import io.corroborate.text.Article;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * bench pipeline: the whole {@code analyze} pipeline — read the plain-text files of a story (decoding,
 * headline and furniture rules, sidecars), annotate the story, corroborate it — over many stories, stories
 * in parallel. The stories are the seed reports and the bundled example corpus, repeated; files are read from
 * disk each time (the OS cache keeps them warm, so this measures the pipeline, not the disk).
 *
 * <p>Prints articles and stories per second over the timed run (after a warm-up), thread CPU time per stage
 * (and the throughput it implies on otherwise idle cores, since the machine may be shared), and the peak
 * heap in use, sampled every {@link #SAMPLE_MS} ms.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Articles/s and peak heap for ingest -> annotate -> corroborate over many five-article stories.")
public final class BenchPipeline implements Callable<Integer> {
    /** Per-thread CPU clock: on a shared machine wall time alone says more about the neighbours than the code. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Heap sampling period. */
    public static final int SAMPLE_MS = 5;

    @Option(names = "--stories", defaultValue = "3000", description = "Stories in the timed run (default 3000).")
    int stories;

    @Option(names = "--warmup", defaultValue = "3000", description = "Stories run first, untimed, so the JIT has settled (default 3000).")
    int warmup;

    @Option(names = "--threads", defaultValue = "2", description = "Stories analysed in parallel (default 2).")
    int threads;

    @Option(names = "--corpus", description = "Story folders (default: ../shared/corpora/seeds and examples/harbour-bridge).")
    List<Path> corpora;

    private record Story(String name, List<Path> files) {
    }

    @Override
    public Integer call() throws Exception {
        List<Story> templates = new ArrayList<>();
        for (Path dir : corpora != null ? corpora : defaultCorpora()) {
            Story s = story(dir);
            if (s == null) System.err.println("bench pipeline: skipping " + dir + " (no .txt or .md articles)");
            else templates.add(s);
        }
        if (templates.isEmpty()) {
            System.err.println("bench pipeline: no story folder found");
            return 1;
        }
        Pipeline pipeline = new Pipeline();
        run(pipeline, templates, warmup);
        pipeline.reset();

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t0 = System.nanoTime();
        int articles = run(pipeline, templates, stories);
        double seconds = (System.nanoTime() - t0) / 1e9;
        running.set(false);
        sampler.join();

        int perStory = articles / Math.max(1, stories);
        System.out.printf(Locale.ROOT, "bench pipeline: %d stories of ~%d articles (%s), %d threads, %d-story warm-up%n",
                stories, perStory, String.join(", ", templates.stream().map(Story::name).toList()), threads, warmup);
        System.out.printf(Locale.ROOT, "%n| stage | CPU s | share | ms per article |%n|---|---:|---:|---:|%n");
        double total = pipeline.ingest.get() + pipeline.annotate.get() + pipeline.corroborate.get();
        stage("ingest (text files)", pipeline.ingest.get(), total, articles);
        stage("annotate (annotateStory)", pipeline.annotate.get(), total, articles);
        stage("corroborate", pipeline.corroborate.get(), total, articles);
        System.out.printf(Locale.ROOT, "%n| stories | articles | seconds | articles/s | stories/s | peak heap MB | heap before MB |%n"
                + "|---:|---:|---:|---:|---:|---:|---:|%n| %d | %d | %.2f | %.0f | %.0f | %.0f | %.0f |%n",
                stories, articles, seconds, articles / seconds, stories / seconds, peak.get() / 1048576.0,
                baseline / 1048576.0);
        double cpuSeconds = total / 1e9;
        System.out.printf(Locale.ROOT, "%nCPU: %.1f s in all, %.0f articles per CPU-second; on %d otherwise idle cores"
                        + " that is about %.0f articles/s (wall-clock figure above: %.0f; load average now %.1f)%n",
                cpuSeconds, articles / cpuSeconds, threads, threads * articles / cpuSeconds, articles / seconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "(%d dossiers, %d conflicts in all; target >= 1000 articles/s on 2 cores)%n",
                pipeline.dossiers.get(), pipeline.conflicts.get());
        return 0;
    }

    private static void stage(String name, long nanos, double total, int articles) {
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.0f%% | %.2f |%n", name, nanos / 1e9,
                total == 0 ? 0 : 100 * nanos / total, nanos / 1e6 / Math.max(1, articles));
    }

    /** Runs {@code count} stories, template after template, on the pool; returns the articles analysed. */
    private int run(Pipeline pipeline, List<Story> templates, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Integer>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Story s = templates.get(i % templates.size());
                futures.add(pool.submit(() -> pipeline.analyse(s)));
            }
            int articles = 0;
            for (Future<Integer> f : futures) articles += f.get();
            return articles;
        } finally {
            pool.shutdown();
        }
    }

    /** The analyze pipeline with per-stage CPU accounting. Thread-safe: the stages are stateless. */
    private static final class Pipeline {
        final TextFileReader reader = new TextFileReader();
        final Annotator annotator = Annotator.standard();
        final Corroborator corroborator = new Corroborator();
        final LongAccumulator ingest = new LongAccumulator(Long::sum, 0);
        final LongAccumulator annotate = new LongAccumulator(Long::sum, 0);
        final LongAccumulator corroborate = new LongAccumulator(Long::sum, 0);
        final AtomicLong dossiers = new AtomicLong();
        final AtomicLong conflicts = new AtomicLong();

        int analyse(Story story) throws IOException {
            long t0 = CPU.getCurrentThreadCpuTime();
            IngestLog log = new IngestLog();
            List<Article> articles = new ArrayList<>();
            for (Path f : story.files()) reader.read(f, f.getFileName().toString(), articles::add, log);
            long t1 = CPU.getCurrentThreadCpuTime();
            List<AnnotatedArticle> annotated = annotator.annotateStory(articles);
            long t2 = CPU.getCurrentThreadCpuTime();
            Dossier d = corroborator.corroborate(annotated, log.problems().stream().map(Object::toString).toList());
            long t3 = CPU.getCurrentThreadCpuTime();
            ingest.accumulate(t1 - t0);
            annotate.accumulate(t2 - t1);
            corroborate.accumulate(t3 - t2);
            dossiers.incrementAndGet();
            conflicts.addAndGet(d.conflicts().size());
            return articles.size();
        }

        void reset() {
            ingest.reset();
            annotate.reset();
            corroborate.reset();
            dossiers.set(0);
            conflicts.set(0);
        }
    }

    private static Story story(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return null;
        try (Stream<Path> s = Files.list(dir)) {
            TextFileReader r = new TextFileReader();
            List<Path> files = s.filter(p -> r.accepts(p) && !p.getFileName().toString().endsWith(".meta.json"))
                    .sorted().toList();
            return files.isEmpty() ? null : new Story(dir.getFileName().toString(), files);
        }
    }

    private static List<Path> defaultCorpora() {
        String root = System.getProperty("corroborate.root");
        Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        return List.of(base.resolve("../shared/corpora/seeds").normalize(), base.resolve("examples/harbour-bridge").normalize());
    }
}
