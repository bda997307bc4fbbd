package io.corroborate.cli.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scrapinghub article-extraction-benchmark metric (its evaluate.py, as re-implemented by the dataset's
 * score.py): texts become multisets of 4-token shingles of {@code \w+} tokens; per page TP/FP/FN are multiset
 * overlaps normalised to sum to 1; precision is averaged over pages with TP+FP > 0, recall over pages with
 * TP+FN > 0, and F1 is taken of the two averages. Accuracy is the share of pages whose token sequence equals the
 * truth. Tokens follow Python's Unicode {@code \w}: letters (L*), numbers (N*) and the underscore, by code point.
 */
public final class ShingleMetric {
    private ShingleMetric() { }

    /** One page's normalised counts. */
    public record PageCounts(double tp, double fp, double fn, boolean exact) {
        public double precision() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fp == 0) return 0;
            return tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fn == 0) return 0;
            return tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Averages over pages. */
    public record Score(double f1, double precision, double recall, double accuracy, int pages) { }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean w = isWord(cp);
            if (w && start < 0) start = i;
            if (!w && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) out.add(text.substring(start));
        return out;
    }

    /** Python's str-pattern {@code \w}: alphanumeric (letters L*, numbers N*) or underscore. */
    static boolean isWord(int cp) {
        if (cp == '_') return true;
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        int n = Math.max(1, tokens.size() - 3);
        for (int i = 0; i < n; i++) {
            List<String> sub = tokens.subList(i, Math.min(tokens.size(), i + 4));
            if (sub.isEmpty()) continue;
            counts.merge(String.join("\u0001", sub), 1, Integer::sum);
        }
        return counts;
    }

    public static PageCounts page(String truth, String predicted) {
        List<String> tt = tokens(truth);
        List<String> pt = tokens(predicted);
        Map<String, Integer> t = shingles(tt);
        Map<String, Integer> p = shingles(pt);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int tc = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, e.getValue());
            fp += Math.max(0, e.getValue() - tc);
        }
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double s = tp + fp + fn;
        boolean exact = tt.equals(pt);
        if (s == 0) return new PageCounts(0, 0, 0, exact);
        return new PageCounts(tp / s, fp / s, fn / s, exact);
    }

    public static Score aggregate(List<PageCounts> pages) {
        double ps = 0;
        int np = 0;
        double rs = 0;
        int nr = 0;
        int exact = 0;
        for (PageCounts c : pages) {
            if (c.tp() + c.fp() > 0) {
                ps += c.precision();
                np++;
            }
            if (c.tp() + c.fn() > 0) {
                rs += c.recall();
                nr++;
            }
            if (c.exact()) exact++;
        }
        double p = np == 0 ? 0 : ps / np;
        double r = nr == 0 ? 0 : rs / nr;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Score(f1, p, r, pages.isEmpty() ? 0 : (double) exact / pages.size(), pages.size());
    }
}
