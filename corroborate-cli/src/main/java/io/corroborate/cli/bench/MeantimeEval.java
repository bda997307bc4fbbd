package io.corroborate.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.annotate.Annotator;
import io.corroborate.ingest.IngestLog;
import io.corroborate.ingest.Ingestor;
import io.corroborate.render.AnnotationJson;
import io.corroborate.render.Json;
import io.corroborate.text.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MEANTIME dev (datasets/timex-entities/meantime-dev): the dataset's own metric (its README and score.py),
 * computed in process from the same JSON objects {@code annotate} writes. Time expressions: TempEval-3
 * relaxed matching, value F1 the headline, the date-line timex left out. Named-entity mentions: overlap
 * P/R/F1 and the PER/ORG/LOC typed F1. Matching is one-to-one and greedy (exact spans first, then larger
 * overlap/union, then earlier gold start, then earlier predicted start).
 */
public final class MeantimeEval {
    /** Where the data lies, relative to the repository root. */
    public static final String DATA = "../shared/datasets/timex-entities/meantime-dev";

    private static final Set<String> NOT_ENTITY = Set.of("DATE", "TIME", "DURATION", "SET", "MONEY", "PERCENT",
            "PERCENTAGE", "NUMBER", "QUANTITY", "CARDINAL", "ORDINAL", "TIMEX", "NUMERIC", "VALUE", "QUOTE");
    private static final Set<String> NON_NAME_KINDS = Set.of("NOM", "NOMINAL", "PRO", "PRONOUN", "PRONOMINAL",
            "NOMINAL_MENTION", "PRONOMINAL_MENTION");
    private static final List<String> CLASSES = List.of("PERSON", "ORGANIZATION", "LOCATION", "OTHER");

    private MeantimeEval() {
    }

    /** P, R and F1 over a count of matches. */
    public record Prf(int count, double p, double r, double f1) {
        static Prf of(int tp, int pred, int gold) {
            double p = pred > 0 ? (double) tp / pred : (gold == 0 ? 1 : 0);
            double r = gold > 0 ? (double) tp / gold : (pred == 0 ? 1 : 0);
            return new Prf(tp, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
        }
    }

    /** Time-expression figures (one row of the scorer). */
    public record TimexFigures(int gold, int pred, Prf strict, Prf relaxed, Prf type, Prf value, double typeAccuracy,
                               double valueAccuracy, List<String> errors) {
    }

    /** Named-entity figures. */
    public record EntityFigures(int gold, int pred, Prf exact, Prf overlap, double typeAccuracy, Map<String, Prf> byClass,
                                Prf perOrgLoc) {
    }

    /** Everything the bench prints. */
    public record Figures(int articles, int withOutput, int publishedRight, TimexFigures timex, TimexFigures timexWithDateLine,
                          EntityFigures entities) {
        /** The scorer's last line. */
        public String summary() {
            return String.format(Locale.ROOT, "MEANTIME dev timex relaxed F1 %.2f value F1 %.2f type %.2f | entity overlap F1 %.2f,"
                            + " PER/ORG/LOC typed F1 %.2f, type %.2f", timex.relaxed.f1, timex.value.f1, timex.typeAccuracy,
                    entities.overlap.f1, entities.perOrgLoc.f1, entities.typeAccuracy);
        }
    }

    /** The data folder under {@code repoRoot}, when present. */
    public static Optional<Path> data(Path repoRoot) {
        Path d = repoRoot.resolve(DATA).normalize();
        return Files.isRegularFile(d.resolve("gold.jsonl")) ? Optional.of(d) : Optional.empty();
    }

    /** Annotates the dev texts as {@code annotate} does and scores them; empty when the data is absent. */
    public static Optional<Figures> run(Path repoRoot) {
        return data(repoRoot).map(d -> score(d, annotate(d.resolve("texts"))));
    }

    /**
     * The {@code annotate} JSON object of every article under {@code texts}, keyed by file name without ".txt";
     * the text reader dates each article from its sidecar {@code X.meta.json}, as for {@code annotate}.
     */
    static Map<String, JsonNode> annotate(Path texts) {
        IngestLog log = new IngestLog(p -> { });
        List<Article> articles = Ingestor.standard().readAll(List.of(texts.toString()), log);
        Annotator annotator = Annotator.standard();
        List<JsonNode> out = articles.parallelStream()
                .map(a -> (JsonNode) AnnotationJson.of(annotator.annotate(a))).toList();
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode n : out) byKey.put(key(n.path("path").asText()), n);
        return byKey;
    }

    static String key(String path) {
        String base = path.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.endsWith(".txt") ? base.substring(0, base.length() - 4) : base;
    }

    // ---------------------------------------------------------------- scoring
    private record Item(int start, int end, JsonNode node) {
    }

    private record Gold(JsonNode doc, String text) {
    }

    /** Scores predictions (keyed as {@link #key}) against the gold of {@code setDir}. */
    public static Figures score(Path setDir, Map<String, JsonNode> preds) {
        List<Gold> gold = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(setDir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode g = Json.mapper().readTree(line);
                String text = Files.readString(setDir.resolve("texts").resolve(g.path("path").asText()), StandardCharsets.UTF_8);
                gold.add(new Gold(g, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int have = 0, pubOk = 0;
        for (Gold g : gold) {
            JsonNode p = preds.get(key(g.doc.path("path").asText()));
            if (p == null) continue;
            have++;
            if (g.doc.path("published").asText().equals(p.path("published").asText(null))) pubOk++;
        }
        return new Figures(gold.size(), have, pubOk, timex(gold, preds, false), timex(gold, preds, true), entities(gold, preds));
    }

    private static List<Item> spans(JsonNode layer) {
        List<Item> out = new ArrayList<>();
        if (layer == null || !layer.isArray()) return out;
        for (JsonNode n : layer) {
            if (!n.path("start").canConvertToInt() || !n.path("end").canConvertToInt()) continue;
            int s = n.path("start").asInt(), e = n.path("end").asInt();
            if (e > s) out.add(new Item(s, e, n));
        }
        return out;
    }

    private static int overlap(int s1, int e1, int s2, int e2) {
        return Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
    }

    /** One-to-one greedy matching; returns gold index -> predicted index. */
    private static Map<Integer, Integer> match(List<Item> gold, List<Item> pred) {
        record Cand(boolean notExact, double ratio, int gs, int ps, int gi, int pi) {
        }
        List<Cand> cands = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            Item g = gold.get(gi);
            for (int pi = 0; pi < pred.size(); pi++) {
                Item p = pred.get(pi);
                int ov = overlap(g.start, g.end, p.start, p.end);
                if (ov > 0) {
                    int union = Math.max(g.end, p.end) - Math.min(g.start, p.start);
                    cands.add(new Cand(!(g.start == p.start && g.end == p.end), -(double) ov / union, g.start, p.start, gi, pi));
                }
            }
        }
        cands.sort(Comparator.comparing(Cand::notExact).thenComparingDouble(Cand::ratio).thenComparingInt(Cand::gs)
                .thenComparingInt(Cand::ps).thenComparingInt(Cand::gi).thenComparingInt(Cand::pi));
        Map<Integer, Integer> gm = new HashMap<>();
        Set<Integer> pm = new HashSet<>();
        for (Cand c : cands) {
            if (!gm.containsKey(c.gi) && !pm.contains(c.pi)) {
                gm.put(c.gi, c.pi);
                pm.add(c.pi);
            }
        }
        return gm;
    }

    private static TimexFigures timex(List<Gold> docs, Map<String, JsonNode> preds, boolean includeDct) {
        int nGold = 0, nPred = 0, strict = 0, relaxed = 0, typeOk = 0, valueOk = 0;
        List<String> errors = new ArrayList<>();
        for (Gold g : docs) {
            JsonNode pdoc = preds.get(key(g.doc.path("path").asText()));
            int scopeEnd = g.doc.path("scope").path("end").asInt();
            List<Item> gold = new ArrayList<>();
            List<int[]> dct = new ArrayList<>();
            for (JsonNode t : g.doc.path("timexes")) {
                boolean isDct = t.path("dct").asBoolean(false);
                if (isDct) dct.add(new int[] {t.path("start").asInt(), t.path("end").asInt()});
                if (includeDct || !isDct) gold.add(new Item(t.path("start").asInt(), t.path("end").asInt(), t));
            }
            List<Item> pred = new ArrayList<>();
            for (Item p : spans(pdoc == null ? null : pdoc.get("timexes"))) {
                if (p.start >= scopeEnd) continue;
                if (!includeDct && dct.stream().anyMatch(d -> overlap(p.start, p.end, d[0], d[1]) > 0)) continue;
                pred.add(p);
            }
            Map<Integer, Integer> gm = match(gold, pred);
            nGold += gold.size();
            nPred += pred.size();
            for (int gi = 0; gi < gold.size(); gi++) {
                Item gt = gold.get(gi);
                String gType = gt.node.path("type").asText(), gValue = gt.node.path("value").asText();
                Integer pi = gm.get(gi);
                if (pi == null) {
                    errors.add(g.doc.path("path").asText() + " | missed | '" + gt.node.path("text").asText() + "' " + gType + " " + gValue);
                    continue;
                }
                Item pt = pred.get(pi);
                relaxed++;
                if (gt.start == pt.start && gt.end == pt.end) strict++;
                if (pt.node.path("type").asText("").toUpperCase(Locale.ROOT).equals(gType)) typeOk++;
                String pv = pt.node.path("value").isNull() ? "None" : pt.node.path("value").asText("None");
                if (pv.equals(gValue)) valueOk++;
                else errors.add(g.doc.path("path").asText() + " | value | '" + gt.node.path("text").asText() + "' " + gType
                        + " " + gValue + " | '" + g.text.substring(pt.start, pt.end) + "' " + pv);
            }
            Set<Integer> matched = new HashSet<>(gm.values());
            for (int pi = 0; pi < pred.size(); pi++) {
                if (matched.contains(pi)) continue;
                Item pt = pred.get(pi);
                errors.add(g.doc.path("path").asText() + " | spurious | '" + g.text.substring(pt.start, pt.end) + "' "
                        + pt.node.path("type").asText() + " " + pt.node.path("value").asText());
            }
        }
        return new TimexFigures(nGold, nPred, Prf.of(strict, nPred, nGold), Prf.of(relaxed, nPred, nGold),
                Prf.of(typeOk, nPred, nGold), Prf.of(valueOk, nPred, nGold), relaxed > 0 ? (double) typeOk / relaxed : 0,
                relaxed > 0 ? (double) valueOk / relaxed : 0, errors);
    }

    private static String predType(JsonNode m) {
        String kind = m.path("kind").asText("");
        if (kind.isEmpty()) kind = m.path("mention_type").asText("");
        if (NON_NAME_KINDS.contains(kind.toUpperCase(Locale.ROOT))) return null;
        String t = m.path("type").isNull() ? "" : m.path("type").asText("").toUpperCase(Locale.ROOT);
        if (NOT_ENTITY.contains(t)) return null;
        return switch (t) {
            case "PERSON", "PER" -> "PERSON";
            case "ORGANIZATION", "ORGANISATION", "ORG" -> "ORGANIZATION";
            case "LOCATION", "LOC", "GPE" -> "LOCATION";
            default -> "OTHER";
        };
    }

    /** True when only quotes, brackets or spaces stand between the start of pos's sentence and pos. */
    private static boolean sentenceInitial(Gold g, int pos) {
        for (JsonNode s : g.doc.path("sentences")) {
            int a = s.get(0).asInt(), b = s.get(1).asInt();
            if (a <= pos && pos < b) return strip(g.text.substring(a, pos)).isEmpty();
        }
        return false;
    }

    private static String strip(String s) {
        String chars = " \"'\u201c\u2018([";
        int i = 0, j = s.length();
        while (i < j && chars.indexOf(s.charAt(i)) >= 0) i++;
        while (j > i && chars.indexOf(s.charAt(j - 1)) >= 0) j--;
        return s.substring(i, j);
    }

    private static EntityFigures entities(List<Gold> docs, Map<String, JsonNode> preds) {
        int tp = 0, fn = 0, fp = 0, exact = 0, typed = 0, typeOk = 0;
        Map<String, int[]> cls = new LinkedHashMap<>(); // tp, pred, gold
        for (String c : CLASSES) cls.put(c, new int[3]);
        for (Gold g : docs) {
            JsonNode pdoc = preds.get(key(g.doc.path("path").asText()));
            int scopeEnd = g.doc.path("scope").path("end").asInt();
            List<Item> gold = new ArrayList<>();
            for (JsonNode m : g.doc.path("mentions")) gold.add(new Item(m.path("start").asInt(), m.path("end").asInt(), m));
            List<int[]> others = new ArrayList<>();
            for (JsonNode m : g.doc.path("other_mentions")) others.add(new int[] {m.path("start").asInt(), m.path("end").asInt()});
            List<Item> pred = new ArrayList<>();
            List<String> ptypes = new ArrayList<>();
            for (Item p : spans(pdoc == null ? null : pdoc.get("mentions"))) {
                String t = predType(p.node);
                if (t == null || p.start >= scopeEnd) continue;
                pred.add(p);
                ptypes.add(t);
            }
            Map<Integer, Integer> gm = match(gold, pred);
            for (int gi = 0; gi < gold.size(); gi++) {
                Item gt = gold.get(gi);
                String gType = gt.node.path("type").isNull() ? null : gt.node.path("type").asText(null);
                Integer pi = gm.get(gi);
                if (pi == null) {
                    if (!gt.node.path("optional").asBoolean(false)) {
                        fn++;
                        if (gType != null) cls.get(gType)[2]++;
                    }
                    continue;
                }
                Item pt = pred.get(pi);
                String pType = ptypes.get(pi);
                tp++;
                if (gt.start == pt.start && gt.end == pt.end) exact++;
                if (gType != null) {
                    cls.get(gType)[2]++;
                    typed++;
                    if (pType.equals(gType)) {
                        typeOk++;
                        cls.get(pType)[0]++;
                    }
                }
                cls.get(pType)[1]++;
            }
            Set<Integer> matched = new HashSet<>(gm.values());
            for (int pi = 0; pi < pred.size(); pi++) {
                if (matched.contains(pi)) continue;
                Item pt = pred.get(pi);
                boolean nested = others.stream().anyMatch(o -> o[0] <= pt.start && pt.end <= o[1] && !(o[0] == pt.start && o[1] == pt.end));
                if (nested && !sentenceInitial(g, pt.start)) continue;
                fp++;
                cls.get(ptypes.get(pi))[1]++;
            }
        }
        int nPred = tp + fp, nGold = tp + fn;
        Map<String, Prf> byClass = new LinkedHashMap<>();
        for (String c : CLASSES) byClass.put(c, Prf.of(cls.get(c)[0], cls.get(c)[1], cls.get(c)[2]));
        int t3 = 0, p3 = 0, g3 = 0;
        for (String c : List.of("PERSON", "ORGANIZATION", "LOCATION")) {
            t3 += cls.get(c)[0];
            p3 += cls.get(c)[1];
            g3 += cls.get(c)[2];
        }
        return new EntityFigures(nGold, nPred, Prf.of(exact, nPred, nGold), Prf.of(tp, nPred, nGold),
                typed > 0 ? (double) typeOk / typed : 0, byClass, Prf.of(t3, p3, g3));
    }
}
