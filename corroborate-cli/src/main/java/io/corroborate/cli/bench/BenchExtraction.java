package io.corroborate.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.ingest.html.ExtractedPage;
import io.corroborate.ingest.html.HtmlExtractor;
import io.corroborate.ingest.html.HtmlFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * bench extraction: body-text quality on the scrapinghub article-extraction benchmark (181 pages) by the
 * benchmark's own metric ({@link ShingleMetric}), for Corroborate and, scored the same way in the same run, for
 * the peers' stored outputs; the share of pages with a title and with a date; and extraction speed (pages/s on
 * every core, peak heap). Agrees with the dataset's score.py to the third decimal.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Benchmark HTML extraction on ../shared/datasets/extraction/scrapinghub: F1/P/R beside the peers, metadata coverage, pages/s.")
public final class BenchExtraction implements Callable<Integer> {
    @Option(names = "--data", description = "Benchmark folder (ground-truth.json, html/, peer-output/). Default: ../shared/datasets/extraction/scrapinghub beside the project.")
    Path data;

    @Option(names = "--threads", description = "Threads for the speed run (default: the number of cores).")
    Integer threads;

    @Option(names = "--seconds", defaultValue = "10", description = "Length of the timed speed run in seconds (default 10; 0 skips it).")
    double seconds;

    @Option(names = "--warc-records", defaultValue = "10000",
            description = "Records in the WARC written and read back for the WARC speed line (default 10000; 0 skips it).")
    int warcRecords;

    @Option(names = "--per-page", description = "Write Corroborate's per-page scores (and the best peer's) as TSV here.")
    Path perPage;

    /**
     * Peers' figures as published in the benchmark's README (F1, precision, recall; version), to show beside the
     * figures this bench computes from their stored outputs: equal figures confirm the metric is the benchmark's.
     */
    private static final Map<String, String[]> PUBLISHED = Map.of(
            "boilerpipe", new String[] {"ab3694d", "0.860 0.850 0.870"},
            "html-text", new String[] {"0.7.0", "0.665 0.500 0.994"},
            "news_please", new String[] {"1.6.16", "0.948 0.964 0.933"},
            "newspaper", new String[] {"newspaper4k 0.9.3.1", "0.949 0.964 0.934"},
            "readability_js", new String[] {"0.6.0", "0.947 0.914 0.982"},
            "rs_trafilatura", new String[] {"9261e08", "0.970 0.951 0.990"},
            "trafilatura", new String[] {"2.0.0", "0.958 0.938 0.978"});

    /** A page of the benchmark: id, gunzipped bytes. */
    record Page(String id, byte[] html) { }

    @Override
    public Integer call() throws Exception {
        Path dir = data != null ? data : defaultData();
        if (dir == null || !Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            System.err.println("bench extraction: no benchmark data (ground-truth.json) at "
                    + (dir == null ? "../shared/datasets/extraction/scrapinghub" : dir) + "; pass --data");
            return 2;
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode gt = json.readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, String> truth = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gt.fields(); it.hasNext(); ) {
            var e = it.next();
            truth.put(e.getKey(), e.getValue().path("articleBody").asText(""));
        }
        List<Page> pages = loadPages(dir.resolve("html"));
        System.out.printf(Locale.ROOT, "scrapinghub article-extraction benchmark: %d pages with ground truth, %d HTML pages (%s)%n",
                truth.size(), pages.size(), dir);

        // quality: one extraction per page, the same call `extract` makes for a file
        HtmlExtractor extractor = HtmlExtractor.standard();
        Map<String, ExtractedPage> ours = new LinkedHashMap<>();
        for (Page p : pages) ours.put(p.id(), extractor.extract(p.html(), null, null));
        Map<String, String> ourText = new LinkedHashMap<>();
        ours.forEach((k, v) -> ourText.put(k, v.text()));

        List<Row> rows = new ArrayList<>();
        rows.add(score("corroborate", "0.1.0", truth, ourText));
        for (Path peer : peerFiles(dir)) rows.add(scorePeer(json, peer, truth));
        printTable(rows);

        long titled = ours.values().stream().filter(p -> p.title() != null && !p.title().isBlank()).count();
        long dated = ours.values().stream().filter(p -> p.published() != null).count();
        long timed = ours.values().stream().filter(p -> p.publishedIso() != null && p.publishedIso().contains("T")).count();
        long bylined = ours.values().stream().filter(p -> p.byline() != null).count();
        long sourced = ours.values().stream().filter(p -> p.source() != null).count();
        long lang = ours.values().stream().filter(p -> p.language() != null).count();
        int n = ours.size();
        System.out.printf(Locale.ROOT, "%nmetadata on %d pages: title %.1f%%, published date %.1f%% (with time %.1f%%), byline %.1f%%, outlet %.1f%%, language %.1f%%%n",
                n, pct(titled, n), pct(dated, n), pct(timed, n), pct(bylined, n), pct(sourced, n), pct(lang, n));

        if (perPage != null) writePerPage(truth, ourText, rows);
        if (seconds > 0) speed(pages, extractor);
        if (warcRecords > 0) {
            List<Path> files;
            try (Stream<Path> st = Files.list(dir.resolve("html"))) {
                files = st.filter(Files::isRegularFile).sorted().toList();
            }
            System.out.println(WarcSpeed.run(files, Path.of(System.getProperty("java.io.tmpdir")), warcRecords));
        }
        return 0;
    }

    // ------------------------------------------------------------------ quality

    record Row(String name, String version, ShingleMetric.Score score, int missing, Map<String, ShingleMetric.PageCounts> pages) { }

    static Row score(String name, String version, Map<String, String> truth, Map<String, String> predicted) {
        Map<String, ShingleMetric.PageCounts> per = new LinkedHashMap<>();
        int missing = 0;
        for (var e : truth.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p == null && !predicted.containsKey(e.getKey())) missing++;
            per.put(e.getKey(), ShingleMetric.page(e.getValue(), p == null ? "" : p));
        }
        return new Row(name, version, ShingleMetric.aggregate(new ArrayList<>(per.values())), missing, per);
    }

    private static Row scorePeer(ObjectMapper json, Path file, Map<String, String> truth) throws IOException {
        JsonNode root = json.readTree(file.toFile());
        String version = "";
        if (root.size() == 2 && root.has("version") && root.has("output") && root.get("output").isObject()) {
            version = root.get("version").asText("");
            root = root.get("output");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode v = e.getValue();
            String text = v.isObject() ? (v.has("articleBody") ? v.get("articleBody").asText("") : v.path("text").asText(""))
                    : v.asText("");
            texts.putIfAbsent(pageKey(e.getKey()), text);
        }
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (version.isEmpty() && PUBLISHED.containsKey(name)) version = PUBLISHED.get(name)[0];
        return score(name, version, truth, texts);
    }

    /** The page id of a key or path: file name without folders and HTML/gzip extensions (as score.py). */
    static String pageKey(String path) {
        String name = path.replace('\\', '/');
        while (name.endsWith("/")) name = name.substring(0, name.length() - 1);
        name = name.substring(name.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".html.gz", ".htm.gz", ".xhtml", ".html", ".htm", ".gz"}) {
            if (lower.endsWith(ext) && name.length() > ext.length()) return name.substring(0, name.length() - ext.length());
        }
        return name;
    }

    private static void printTable(List<Row> rows) {
        System.out.printf(Locale.ROOT, "%n%-16s %-13s %6s %9s %7s %9s  %-7s  %s%n", "system", "version", "F1", "precision",
                "recall", "accuracy", "missing", "published F1 P R");
        for (Row r : rows) {
            ShingleMetric.Score s = r.score();
            String[] pub = PUBLISHED.get(r.name());
            System.out.printf(Locale.ROOT, "%-16s %-13s %6.3f %9.3f %7.3f %9.3f  %-7d  %s%n", r.name(),
                    r.version().length() > 13 ? r.version().substring(0, 13) : r.version(),
                    s.f1(), s.precision(), s.recall(), s.accuracy(), r.missing(), pub == null || r == rows.get(0) ? "" : pub[1]);
        }
        Row ours = rows.get(0);
        for (Row peer : rows.subList(1, rows.size())) {
            int better = 0;
            int worse = 0;
            for (var e : ours.pages().entrySet()) {
                double a = e.getValue().f1();
                double b = peer.pages().get(e.getKey()).f1();
                if (a > b + 0.01) better++;
                if (b > a + 0.01) worse++;
            }
            System.out.printf(Locale.ROOT, "  vs %-16s corroborate better on %3d pages, worse on %3d (page F1 differs by > 0.01)%n",
                    peer.name(), better, worse);
        }
    }

    private void writePerPage(Map<String, String> truth, Map<String, String> ourText, List<Row> rows) throws IOException {
        StringBuilder sb = new StringBuilder("id\tprecision\trecall\tf1");
        for (Row r : rows.subList(1, rows.size())) sb.append('\t').append(r.name()).append("_f1");
        sb.append('\n');
        for (String id : truth.keySet()) {
            ShingleMetric.PageCounts c = rows.get(0).pages().get(id);
            sb.append(String.format(Locale.ROOT, "%s\t%.3f\t%.3f\t%.3f", id, c.precision(), c.recall(), c.f1()));
            for (Row r : rows.subList(1, rows.size())) sb.append(String.format(Locale.ROOT, "\t%.3f", r.pages().get(id).f1()));
            sb.append('\n');
        }
        Files.writeString(perPage, sb.toString());
        System.out.println("per-page scores written to " + perPage);
    }

    // ------------------------------------------------------------------ speed

    private void speed(List<Page> pages, HtmlExtractor extractor) throws Exception {
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        long bytes = pages.stream().mapToLong(p -> p.html().length).sum();
        ExecutorService pool = Executors.newFixedThreadPool(nThreads);
        try {
            runFor(pool, nThreads, pages, extractor, Math.min(3, seconds / 2)); // warm-up (JIT)
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(m -> m.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            long[] done = runFor(pool, nThreads, pages, extractor, seconds);
            double secs = (System.nanoTime() - t0) / 1e9;
            long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();
            double cpuMsPerPage = done[1] / 1e6 / Math.max(1, done[0]);
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.printf(Locale.ROOT, "%nspeed: %.0f pages/s, %.1f MB/s of HTML (%d threads, %d pages in %.1f s, mean page %.0f KB); peak heap %.0f MB (max heap %.0f MB)%n",
                    done[0] / secs, done[0] * (bytes / (double) pages.size()) / secs / 1e6, nThreads, done[0], secs,
                    bytes / (double) pages.size() / 1e3, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            // wall-clock rates depend on what else runs; CPU time per page does not
            System.out.printf(Locale.ROOT, "       CPU %.2f ms per page = %.0f pages/s per free core, %.0f pages/s on %d free cores (load average during the run: %.1f on %d cores)%n",
                    cpuMsPerPage, 1000 / cpuMsPerPage, nThreads * 1000 / cpuMsPerPage, nThreads, load,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Extracts the pages round-robin on every thread until the time is up; returns {pages done, CPU nanoseconds}. */
    private static long[] runFor(ExecutorService pool, int nThreads, List<Page> pages, HtmlExtractor extractor,
                                 double seconds) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Future<long[]>> fs = new ArrayList<>();
        for (int t = 0; t < nThreads; t++) {
            int start = t;
            fs.add(pool.submit(() -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long n = 0;
                int i = start * pages.size() / nThreads;
                while (System.nanoTime() < end) {
                    Page p = pages.get(i % pages.size());
                    if (extractor.extract(p.html(), null, null).text() == null) throw new IllegalStateException();
                    n++;
                    i++;
                }
                return new long[] {n, mx.getCurrentThreadCpuTime() - cpu0};
            }));
        }
        long total = 0;
        long cpu = 0;
        for (Future<long[]> f : fs) {
            long[] r = f.get();
            total += r[0];
            cpu += r[1];
        }
        return new long[] {total, cpu};
    }

    // ------------------------------------------------------------------ data

    private static List<Page> loadPages(Path htmlDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(htmlDir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<Page> out = new ArrayList<>();
        for (Path f : files) {
            byte[] b;
            if (f.getFileName().toString().endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    b = in.readAllBytes();
                }
            } else {
                b = Files.readAllBytes(f);
            }
            out.add(new Page(HtmlFileReader.idOf(f), b));
        }
        return out;
    }

    private static List<Path> peerFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String sub : new String[] {"peer-output", "output"}) {
            Path d = dir.resolve(sub);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** ../shared/datasets/extraction/scrapinghub beside the project (found from the jar) or the working folder. */
    static Path defaultData() {
        String rel = "../shared/datasets/extraction/scrapinghub";
        List<Path> bases = new ArrayList<>();
        String root = System.getProperty("corroborate.root");
        if (root != null) bases.add(Path.of(root));
        try {
            Path jar = Path.of(BenchExtraction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // corroborate-cli/target/corroborate.jar (or target/classes) -> the project root
            Path p = jar.getParent() == null ? null : jar.getParent().getParent();
            if (p != null && p.getParent() != null) bases.add(p.getParent());
        } catch (Exception e) {
            // no code source: fall back to the working folder
        }
        bases.add(Path.of("").toAbsolutePath());
        for (Path b : bases) {
            Path d = b.resolve(rel).normalize();
            if (Files.isRegularFile(d.resolve("ground-truth.json"))) return d;
        }
        return null;
    }

    private static double pct(long k, int n) {
        return n == 0 ? 0 : 100.0 * k / n;
    }
}
