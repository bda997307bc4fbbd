package io.corroborate.annotate.number;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Lower-case singular of an English noun ("prisoners" -> "prisoner", "casualties" -> "casualty"). */
final class Lemma {
    private Lemma() {
    }

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("men", "man"), Map.entry("women", "woman"),
            Map.entry("children", "child"), Map.entry("feet", "foot"), Map.entry("teeth", "tooth"),
            Map.entry("mice", "mouse"), Map.entry("geese", "goose"), Map.entry("lives", "life"),
            Map.entry("wives", "wife"), Map.entry("knives", "knife"), Map.entry("halves", "half"),
            Map.entry("leaves", "leaf"), Map.entry("thieves", "thief"), Map.entry("wolves", "wolf"),
            Map.entry("shelves", "shelf"), Map.entry("calves", "calf"), Map.entry("loaves", "loaf"),
            Map.entry("dice", "die"), Map.entry("criteria", "criterion"), Map.entry("phenomena", "phenomenon"),
            Map.entry("data", "data"), Map.entry("media", "media"), Map.entry("centuries", "century"),
            Map.entry("movies", "movie"), Map.entry("cookies", "cookie"), Map.entry("ties", "tie"),
            Map.entry("lies", "lie"), Map.entry("pies", "pie"), Map.entry("dies", "die"));
    private static final Set<String> INVARIANT = set("series", "species", "news", "aircraft", "sheep", "fish",
            "deer", "staff", "police", "personnel", "means", "headquarters", "crossroads", "yen", "us", "bus",
            "gas", "status", "census", "virus", "campus", "bonus", "chaos", "lens", "corps", "canvas", "atlas",
            "analysis", "crisis", "basis", "thesis", "diagnosis", "physics", "economics", "politics", "ethics");

    static String of(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("’", "'");
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        if (w.endsWith("'")) w = w.substring(0, w.length() - 1);
        String irr = IRREGULAR.get(w);
        if (irr != null) return irr;
        if (INVARIANT.contains(w) || w.length() <= 3) return w;
        if (w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zzes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("oes") && w.length() > 4) return w.substring(0, w.length() - 2);
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
        if (w.endsWith("s")) return w.substring(0, w.length() - 1);
        return w;
    }

    /** True when the word looks like a plural noun. */
    static boolean plural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR.containsKey(w)) return true;
        if (INVARIANT.contains(w) || w.length() <= 2) return false;
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("'s")
                && !w.endsWith("’s");
    }

    /** A set that tolerates repeated words in its literal list. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
