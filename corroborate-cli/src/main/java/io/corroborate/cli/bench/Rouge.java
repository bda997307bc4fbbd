package io.corroborate.cli.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-N F1 as the summary bench reports it: lower-cased alphanumeric tokens, no stemming, no stopword
 * removal, clipped n-gram counts (Lin 2004), one reference. Figures are comparable side by side on the
 * same clusters, not with published ROUGE-1.5.5 numbers (which stem).
 */
final class Rouge {
    private Rouge() {
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** F1 of the n-grams of {@code system} against {@code reference}. */
    static double f1(List<String> system, List<String> reference, int n) {
        Map<String, Integer> s = grams(system, n), r = grams(reference, n);
        int overlap = 0, total = 0, ref = 0;
        for (var e : s.entrySet()) {
            total += e.getValue();
            overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        for (int v : r.values()) ref += v;
        double p = total == 0 ? 0 : (double) overlap / total, rc = ref == 0 ? 0 : (double) overlap / ref;
        return p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
    }

    private static Map<String, Integer> grams(List<String> t, int n) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + n <= t.size(); i++) m.merge(String.join(" ", t.subList(i, i + n)), 1, Integer::sum);
        return m;
    }

    /** The first {@code words} tokens of the sentences in order (a summary cut to a length budget). */
    static List<String> cut(List<String> sentences, int words) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            for (String t : tokens(s)) {
                if (out.size() >= words) return out;
                out.add(t);
            }
        }
        return out;
    }
}
