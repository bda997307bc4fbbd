package io.corroborate.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.annotate.Annotator;
import io.corroborate.annotate.Quote;
import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.Ingestor;
import io.corroborate.render.Json;
import io.corroborate.text.Article;
import io.corroborate.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Quote and attribution quality on the PolNeAR dev split, by the metric of the reference scorer beside the data
 * ({@code ../shared/datasets/quotes/polnear/score.py}, re-implemented here and meant to print the same figures):
 * a gold attribution matches the remaining prediction covering the largest share (strictly above 0.3 or 0.8) of
 * its content characters, greedily in gold order; P/R/F1 micro over articles, for direct contents (by the
 * quotation-mark rule, on both sides) and for all attributions; a prediction lying (&gt;= 90%) inside an
 * already matched content is not a false positive; speaker accuracy over matched pairs (spans overlap, or no
 * gold source and the prediction has no speaker or floats); cue overlap; share of matched predicted characters
 * inside their gold.
 */
public final class PolnearEval {
    private static final double[] THRESHOLDS = {0.3, 0.8};

    private PolnearEval() {
    }

    /** One row of figures. */
    public record Metrics(String label, int tp, int fp, int fn, double precision, double recall, double f1,
                          double speaker, double cue, double inGold) {
    }

    /** All rows, or an explanation why the data was not found. */
    public record Result(List<Metrics> rows, int articles, int predicted, String missing) {
        public Metrics row(String label) {
            return rows.stream().filter(m -> m.label().equals(label)).findFirst().orElseThrow();
        }
    }

    /** The dataset folder under a repository root, per the project layout ({@code ../shared/datasets/...}). */
    public static Path dataDir(Path repoRoot) {
        return repoRoot.resolve("../shared/datasets/quotes/polnear").normalize();
    }

    /** Runs annotate over dev/text and scores it; printable lines (a table and a closing summary line). */
    public static List<String> run(Path repoRoot) {
        Result r = evaluate(repoRoot);
        List<String> out = new ArrayList<>();
        if (r.missing() != null) {
            out.add("quotes PolNeAR n/a: " + r.missing());
            return out;
        }
        out.add(String.format(Locale.ROOT, "PolNeAR dev (%d articles, %d quotes predicted; percentages)",
                r.articles(), r.predicted()));
        out.add(String.format(Locale.ROOT, "  %-12s%7s%7s%7s%8s%8s%8s%8s%8s%9s", "", "tp", "fp", "fn", "P", "R",
                "F1", "spk", "cue", "in-gold"));
        for (Metrics m : r.rows()) {
            out.add(String.format(Locale.ROOT, "  %-12s%7d%7d%7d%8.1f%8.1f%8.1f%8.1f%8.1f%9.1f", m.label(), m.tp(),
                    m.fp(), m.fn(), 100 * m.precision(), 100 * m.recall(), 100 * m.f1(), 100 * m.speaker(),
                    100 * m.cue(), 100 * m.inGold()));
        }
        out.add(String.format(Locale.ROOT, "quotes PolNeAR direct F1@0.3 %.2f all F1@0.3 %.2f src %.2f",
                r.row("direct @0.3").f1(), r.row("all @0.3").f1(), r.row("all @0.3").speaker()));
        return out;
    }

    /** Annotates dev/text with the standard pipeline and scores it against dev-gold/gold.jsonl. */
    public static Result evaluate(Path repoRoot) {
        Path dir = dataDir(repoRoot);
        Path goldFile = dir.resolve("dev-gold/gold.jsonl");
        Path texts = dir.resolve("dev/text");
        if (!Files.isRegularFile(goldFile) || !Files.isDirectory(texts)) {
            return new Result(List.of(), 0, 0, "no " + goldFile + " or " + texts);
        }
        IngestLog log = new IngestLog(p -> { });
        List<Article> articles = Ingestor.standard().readAll(List.of(texts.toString()), log);
        Annotator annotator = Annotator.standard();
        Map<String, List<Quote>> predicted = new HashMap<>();
        articles.parallelStream().map(a -> Map.entry(key(a.path()), annotator.annotate(a).quotes()))
                .sequential().forEach(e -> predicted.put(e.getKey(), e.getValue()));
        return score(goldFile, texts, predicted);
    }

    /** Scores predictions (by file name without .txt) against a gold.jsonl and its texts. */
    public static Result score(Path goldFile, Path texts, Map<String, List<Quote>> predicted) {
        List<Doc> docs = new ArrayList<>();
        int npred = 0;
        try {
            for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode rec = Json.mapper().readTree(line);
                String path = rec.get("path").asText();
                String text = Files.readString(texts.resolve(path), StandardCharsets.UTF_8);
                List<Q> golds = new ArrayList<>();
                for (JsonNode q : rec.get("quotes")) golds.add(Q.gold(q, text));
                List<Q> preds = new ArrayList<>();
                for (Quote q : predicted.getOrDefault(key(path), List.of())) preds.add(Q.pred(q, text));
                npred += preds.size();
                docs.add(new Doc(golds, preds));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Metrics> rows = new ArrayList<>();
        for (double t : THRESHOLDS) {
            rows.add(score(docs, t, true, "direct @" + t));
            rows.add(score(docs, t, false, "all @" + t));
        }
        return new Result(rows, docs.size(), npred, null);
    }

    private static String key(String path) {
        String base = Path.of(path.replace('\\', '/')).getFileName().toString();
        return base.endsWith(".txt") ? base.substring(0, base.length() - 4) : base;
    }

    private record Doc(List<Q> golds, List<Q> preds) {
    }

    /** One attribution, gold or predicted, as the scorer sees it. */
    private record Q(List<int[]> spans, BitSet chars, BitSet speaker, String speakerText, BitSet cue,
                     boolean floating, boolean direct) {
        static Q gold(JsonNode q, String text) {
            List<int[]> spans = new ArrayList<>();
            for (JsonNode s : q.get("spans")) {
                int a = s.get(0).asInt(), b = s.get(1).asInt();
                if (b > a) spans.add(new int[] {a, b});
            }
            if (spans.isEmpty() && q.get("end").asInt() > q.get("start").asInt()) {
                spans.add(new int[] {q.get("start").asInt(), q.get("end").asInt()});
            }
            BitSet spk = span(q.get("speaker"));
            String spkText = q.hasNonNull("speaker") && q.get("speaker").hasNonNull("text")
                    ? q.get("speaker").get("text").asText() : "";
            return new Q(spans, chars(spans), spk, spkText, span(q.get("cue")), spk == null,
                    QuoteRule.kind(text, spans).equals("direct"));
        }

        static Q pred(Quote q, String text) {
            List<int[]> spans = new ArrayList<>();
            for (Span p : q.parts()) if (p.end() > p.start()) spans.add(new int[] {p.start(), p.end()});
            if (spans.isEmpty() && q.span().end() > q.span().start()) spans.add(new int[] {q.span().start(), q.span().end()});
            BitSet spk = q.speaker() == null || q.speaker().span().length() == 0 ? null : bits(q.speaker().span());
            BitSet cue = q.cue() == null || q.cue().span().length() == 0 ? null : bits(q.cue().span());
            return new Q(spans, chars(spans), spk, q.speaker() == null ? "" : q.speaker().text(), cue,
                    q.floating() || spk == null, QuoteRule.kind(text, spans).equals("direct"));
        }

        private static BitSet span(JsonNode o) {
            if (o == null || o.isNull() || !o.has("start") || !o.has("end")) return null;
            int a = o.get("start").asInt(), b = o.get("end").asInt();
            if (b <= a) return null;
            BitSet s = new BitSet();
            s.set(a, b);
            return s;
        }

        private static BitSet bits(Span s) {
            BitSet b = new BitSet();
            b.set(s.start(), s.end());
            return b;
        }

        private static BitSet chars(List<int[]> spans) {
            BitSet b = new BitSet();
            for (int[] s : spans) b.set(s[0], s[1]);
            return b;
        }
    }

    private static Metrics score(List<Doc> docs, double threshold, boolean directOnly, String label) {
        int tp = 0, fp = 0, fn = 0, spk = 0, cue = 0;
        double inGold = 0;
        for (Doc doc : docs) {
            List<Q> g = doc.golds().stream().filter(q -> !directOnly || q.direct()).toList();
            List<Q> p = doc.preds().stream().filter(q -> !directOnly || q.direct()).toList();
            List<int[]> pairs = match(g, p, threshold);
            int absorbed = absorbed(g, p, pairs);
            tp += pairs.size();
            fn += g.size() - pairs.size();
            fp += p.size() - pairs.size() - absorbed;
            for (int[] pr : pairs) {
                Q gq = g.get(pr[0]), pq = p.get(pr[1]);
                if (speakerOk(gq, pq)) spk++;
                if (cueOk(gq, pq)) cue++;
                int pc = pq.chars().cardinality();
                if (pc > 0) inGold += (double) intersect(gq.chars(), pq.chars()) / pc;
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Metrics(label, tp, fp, fn, precision, recall, f1, tp == 0 ? 0 : (double) spk / tp,
                tp == 0 ? 0 : (double) cue / tp, tp == 0 ? 0 : inGold / tp);
    }

    /** Greedy in gold order: the remaining prediction with the best cover strictly above the threshold. */
    private static List<int[]> match(List<Q> golds, List<Q> preds, double threshold) {
        boolean[] used = new boolean[preds.size()];
        List<int[]> pairs = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            BitSet gc = golds.get(gi).chars();
            int total = gc.cardinality();
            int best = -1;
            double bestScore = 0;
            for (int pi = 0; pi < preds.size(); pi++) {
                if (used[pi] || total == 0 || preds.get(pi).chars().isEmpty()) continue;
                double s = (double) intersect(gc, preds.get(pi).chars()) / total;
                if (s > threshold && s > bestScore) {
                    best = pi;
                    bestScore = s;
                }
            }
            if (best >= 0) {
                used[best] = true;
                pairs.add(new int[] {gi, best});
            }
        }
        return pairs;
    }

    private static int absorbed(List<Q> g, List<Q> p, List<int[]> pairs) {
        boolean[] used = new boolean[p.size()];
        List<int[]> extents = new ArrayList<>();
        for (int[] pr : pairs) {
            used[pr[1]] = true;
            List<int[]> sp = g.get(pr[0]).spans();
            extents.add(new int[] {sp.getFirst()[0], sp.getLast()[1]});
        }
        int n = 0;
        for (int pi = 0; pi < p.size(); pi++) {
            BitSet c = p.get(pi).chars();
            if (used[pi] || c.isEmpty()) continue;
            for (int[] e : extents) {
                BitSet in = (BitSet) c.clone();
                BitSet ext = new BitSet();
                ext.set(e[0], e[1]);
                in.and(ext);
                if (in.cardinality() >= 0.9 * c.cardinality()) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static boolean speakerOk(Q g, Q p) {
        if (g.speaker() != null && p.speaker() != null && g.speaker().intersects(p.speaker())) return true;
        return g.speakerText().strip().isEmpty() && g.speaker() == null && p.floating();
    }

    private static boolean cueOk(Q g, Q p) {
        if (g.cue() == null) return p.cue() == null;
        return p.cue() != null && g.cue().intersects(p.cue());
    }

    private static int intersect(BitSet a, BitSet b) {
        BitSet c = (BitSet) a.clone();
        c.and(b);
        return c.cardinality();
    }

    /** The scorer's quotation-mark rule: direct when every part lies inside one pair of quotation marks. */
    static final class QuoteRule {
        private static final Set<Character> DQ = Set.of('\u201c', '\u201d', '"', '\u00ab', '\u00bb', '\u201e',
                '\u201f', '\u301d', '\u301e', '\uff02');
        private static final char SQ_OPEN = '\u2018', SQ_CLOSE = '\u2019';
        private static final String TRAIL = ".,;:!?\u2026";

        private QuoteRule() {
        }

        static String kind(String text, List<int[]> spans) {
            List<int[]> s = spans.stream().filter(x -> x[1] > x[0]).toList();
            if (s.isEmpty()) return "indirect";
            boolean all = true;
            for (int[] x : s) all &= fragmentDirect(text, x[0], x[1]);
            if (all) return "direct";
            for (int[] x : s) for (int i = x[0]; i < x[1]; i++) if (DQ.contains(text.charAt(i))) return "partial";
            return "indirect";
        }

        /** Python's str.isspace, plus the zero-width space the scorer also trims. */
        private static boolean pySpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' || c == '\u200b';
        }

        private static boolean fragmentDirect(String text, int a, int b) {
            while (a < b && pySpace(text.charAt(a))) a++;
            while (b > a && pySpace(text.charAt(b - 1))) b--;
            if (a >= b) return false;
            String seg = text.substring(a, b);
            char opener;
            int i0;
            if (DQ.contains(seg.charAt(0)) || seg.charAt(0) == SQ_OPEN) {
                opener = seg.charAt(0);
                i0 = 1;
            } else {
                int j = a - 1;
                while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j--;
                if (j >= 0 && (DQ.contains(text.charAt(j)) || text.charAt(j) == SQ_OPEN)) {
                    opener = text.charAt(j);
                    i0 = 0;
                } else {
                    return false;
                }
            }
            boolean single = opener == SQ_OPEN;
            int k = seg.length();
            while (k > i0 && TRAIL.indexOf(seg.charAt(k - 1)) >= 0) k--;
            int i1;
            if (k > i0 && (single ? seg.charAt(k - 1) == SQ_CLOSE : DQ.contains(seg.charAt(k - 1)))) {
                i1 = k - 1;
            } else {
                int j = b;
                while (j < text.length() && TRAIL.indexOf(text.charAt(j)) >= 0) j++;
                if (j < text.length() && (single ? text.charAt(j) == SQ_CLOSE : DQ.contains(text.charAt(j)))) {
                    i1 = seg.length();
                } else {
                    return false;
                }
            }
            if (single) return true;
            String inner = seg.substring(i0, Math.max(i0, i1));
            for (int n = 0; n < inner.length(); n++) {
                if (DQ.contains(inner.charAt(n))) {
                    int p = n - 1;
                    while (p >= 0 && (inner.charAt(p) == ' ' || inner.charAt(p) == '\t')) p--;
                    if (p >= 0 && inner.charAt(p) == '\n') continue; // paragraph-continuation opening mark
                    return false;
                }
            }
            return true;
        }
    }
}
