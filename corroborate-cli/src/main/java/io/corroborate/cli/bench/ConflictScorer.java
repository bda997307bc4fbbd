package io.corroborate.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conflict dataset's scoring rules (datasets/conflicts/score.py), over dossier JSON: which objects are
 * conflicts, when one finds an injected conflict, and which perturbed-run objects are new. Kept equivalent
 * to the script so that {@code bench conflicts} prints the figures the script would.
 */
final class ConflictScorer {
    private static final Pattern OFFSET_KEY = Pattern.compile(
            "(start|end|begin|offset|pos|position|index|idx|line|col|char|span|length|len|count|id|score|confidence"
                    + "|weight|rank|size|support)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ID_KEYS = Set.of("id", "conflict_id", "conflictid", "uid", "key", "index", "rank");
    private static final Map<String, Long> MAGNITUDE = Map.of("thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);
    private static final Pattern SHORT_ID = Pattern.compile("[A-Za-z_:./#-]{0,16}\\d+(?:[_:.-]\\d+)*");

    /** One injected conflict of truth.json. */
    record Truth(String kind, String file, List<String> others, String original, String replacement, String unit,
                 String replaced) {
        static Truth of(JsonNode t) {
            List<String> others = new ArrayList<>();
            t.path("others").forEach(o -> others.add(o.asText()));
            return new Truth(t.path("kind").asText(), t.path("file").asText(), others, t.path("original").asText(),
                    t.path("new").asText(), t.hasNonNull("unit") ? t.get("unit").asText() : null,
                    t.hasNonNull("replaced") ? t.get("replaced").asText() : "");
        }
    }

    private ConflictScorer() {
    }

    // ---- conflict objects ----------------------------------------------------------------------

    static List<JsonNode> conflictObjects(JsonNode doc) {
        List<JsonNode> found = new ArrayList<>();
        walk(doc, false, null, false, found);
        Set<String> seen = new HashSet<>();
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode o : found) if (seen.add(canonical(o))) out.add(o);
        return out;
    }

    private static void walk(JsonNode node, boolean inConf, String key, boolean isElem, List<JsonNode> found) {
        if (node.isObject()) {
            if (inConf) {
                if (isElem) {
                    found.add(node);
                    return;
                }
                if (key != null && key.toLowerCase(Locale.ROOT).contains("conflict") && !key.toLowerCase(Locale.ROOT).endsWith("s")) {
                    found.add(node);
                    return;
                }
                boolean allObjects = node.size() > 0;
                for (JsonNode v : node) allObjects &= v.isObject();
                if (allObjects) {
                    node.forEach(found::add);
                    return;
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                walk(e.getValue(), inConf || e.getKey().toLowerCase(Locale.ROOT).contains("conflict"), e.getKey(), false, found);
            }
        } else if (node.isArray()) {
            boolean anyObject = false;
            for (JsonNode x : node) anyObject |= x.isObject();
            if (inConf && isElem && anyObject) {
                found.add(node);
                return;
            }
            for (JsonNode x : node) walk(x, inConf, key, true, found);
        }
    }

    // ---- flat text and matching ----------------------------------------------------------------

    static String flatText(JsonNode obj) {
        List<String> parts = new ArrayList<>();
        flat(obj, null, parts);
        return String.join(" | ", parts).toLowerCase(Locale.ROOT);
    }

    private static void flat(JsonNode x, String key, List<String> parts) {
        if (x.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = x.fields(); it.hasNext(); ) {
                var e = it.next();
                parts.add(e.getKey());
                flat(e.getValue(), e.getKey(), parts);
            }
        } else if (x.isArray()) {
            for (JsonNode v : x) flat(v, key, parts);
        } else if (x.isBoolean() || x.isNull()) {
            // nothing
        } else if (x.isNumber()) {
            if (!(key != null && OFFSET_KEY.matcher(key).find())) {
                parts.add(x.isIntegralNumber() ? x.asText() : pyFloat(x.asDouble()));
            }
        } else {
            parts.add(x.asText());
        }
    }

    private static String pyFloat(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e16) return ((long) d) + ".0";
        return Double.toString(d);
    }

    static boolean hasWord(String text, String w) {
        return Pattern.compile("(?<![a-z0-9])" + Pattern.quote(w.toLowerCase(Locale.ROOT)) + "(?![a-z0-9])").matcher(text).find();
    }

    static Set<String> numberForms(String value, String unit) {
        Set<String> forms = new LinkedHashSet<>(List.of(value, value.replace(",", "")));
        try {
            double v = Double.parseDouble(value.replace(",", ""));
            if (v == Math.rint(v)) forms.add(Long.toString((long) v));
            for (var m : MAGNITUDE.entrySet()) {
                if (unit != null && unit.contains(m.getKey())) {
                    long full = Math.round(v * m.getValue());
                    forms.add(Long.toString(full));
                    forms.add(String.format(Locale.ROOT, "%,d", full));
                    forms.add(full + ".0");
                }
            }
        } catch (NumberFormatException e) {
            // not a plain number: only the written forms count
        }
        return forms;
    }

    static boolean hasNumber(String text, String value, String unit) {
        for (String f : numberForms(value, unit)) {
            if (Pattern.compile("(?<![\\d.,])" + Pattern.quote(f.toLowerCase(Locale.ROOT)) + "(?![\\d]|[.,]\\d)").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String file) {
        int slash = file.lastIndexOf('/');
        String name = slash >= 0 ? file.substring(slash + 1) : file;
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }

    static boolean matches(String objText, Truth t) {
        if (!objText.contains(stem(t.file()))) return false;
        if (t.others().stream().noneMatch(o -> objText.contains(stem(o)))) return false;
        String a = t.original(), b = t.replacement();
        if (t.kind().equals("speaker")) {
            a = last(a);
            b = last(b);
        }
        if (t.kind().equals("number")) return hasNumber(objText, a, t.unit()) && hasNumber(objText, b, t.unit());
        return hasWord(objText, a) && hasWord(objText, b);
    }

    private static String last(String s) {
        String[] w = s.trim().split("\\s+");
        return w[w.length - 1];
    }

    // ---- identity across the clean and perturbed runs ------------------------------------------

    static List<String> placeholders(List<Truth> truth) {
        Set<String> vals = new HashSet<>();
        for (Truth t : truth) {
            for (String v : List.of(t.original(), t.replacement(), t.replaced())) {
                if (v == null || v.isEmpty()) continue;
                vals.add(v.toLowerCase(Locale.ROOT));
                if (t.kind().equals("number")) vals.add(v.replace(",", "").toLowerCase(Locale.ROOT));
            }
        }
        List<String> out = new ArrayList<>(vals);
        out.sort(Comparator.comparingInt((String v) -> -v.length()).thenComparing(Comparator.naturalOrder()));
        return out;
    }

    static String normalised(JsonNode obj, List<String> values) {
        JsonNode o = obj;
        if (o.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                var e = it.next();
                if (!ID_KEYS.contains(e.getKey().toLowerCase(Locale.ROOT))) copy.set(e.getKey(), e.getValue());
            }
            o = copy;
        }
        String s = canonical(norm(o)).toLowerCase(Locale.ROOT);
        for (String v : values) {
            s = Pattern.compile("(?<![a-z0-9])" + Pattern.quote(v) + "(?![a-z0-9]|[.,]\\d)").matcher(s)
                    .replaceAll(Matcher.quoteReplacement("<v>"));
        }
        return s;
    }

    private static JsonNode norm(JsonNode x) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (x.isObject()) {
            ObjectNode o = f.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = x.fields(); it.hasNext(); ) {
                var e = it.next();
                o.set(e.getKey(), norm(e.getValue()));
            }
            return o;
        }
        if (x.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            for (JsonNode v : x) items.add(norm(v));
            items.sort(Comparator.comparing(ConflictScorer::canonical));
            ArrayNode a = f.arrayNode();
            items.forEach(a::add);
            return a;
        }
        if (x.isBoolean() || x.isNull()) return x;
        if (x.isNumber()) return f.numberNode(0);
        String s = x.asText();
        if (SHORT_ID.matcher(s).matches()) return f.textNode(s.replaceAll("\\d", "#"));
        return f.textNode(s);
    }

    /** JSON with sorted keys, for comparing objects. */
    static String canonical(JsonNode x) {
        if (x.isObject()) {
            StringBuilder b = new StringBuilder("{");
            TreeSet<String> keys = new TreeSet<>();
            x.fieldNames().forEachRemaining(keys::add);
            String sep = "";
            for (String k : keys) {
                b.append(sep).append(quote(k)).append(": ").append(canonical(x.get(k)));
                sep = ", ";
            }
            return b.append('}').toString();
        }
        if (x.isArray()) {
            StringBuilder b = new StringBuilder("[");
            String sep = "";
            for (JsonNode v : x) {
                b.append(sep).append(canonical(v));
                sep = ", ";
            }
            return b.append(']').toString();
        }
        if (x.isTextual()) return quote(x.asText());
        return x.toString();
    }

    private static String quote(String s) {
        try {
            return new ObjectMapper().writeValueAsString(s);
        } catch (Exception e) {
            return "\"" + s + "\"";
        }
    }

    /** How many perturbed-run objects are new (not in the clean run once values are masked). */
    static List<Integer> fresh(List<JsonNode> clean, List<JsonNode> perturbed, List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode o : clean) counts.merge(normalised(o, values), 1, Integer::sum);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < perturbed.size(); i++) {
            String k = normalised(perturbed.get(i), values);
            if (counts.getOrDefault(k, 0) > 0) counts.merge(k, -1, Integer::sum);
            else out.add(i);
        }
        return out;
    }

    /** Perturbed-run objects not reported identically in the clean run (before masking values). */
    static List<Boolean> changed(List<JsonNode> clean, List<JsonNode> perturbed) {
        Set<String> raw = new HashSet<>();
        for (JsonNode o : clean) raw.add(normalised(o, List.of()));
        List<Boolean> out = new ArrayList<>();
        for (JsonNode o : perturbed) out.add(!raw.contains(normalised(o, List.of())));
        return out;
    }
}
