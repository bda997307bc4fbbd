package io.corroborate.cli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The extractive peers the summary is compared with (measurement only, not product code): lead (the
 * articles' first sentences, taken round-robin) and TextRank (Mihalcea and Tarau 2004: PageRank over a
 * sentence graph weighted by word overlap normalised by log lengths, damping 0.85, 30 iterations).
 */
final class SummaryBaselines {
    private SummaryBaselines() {
    }

    /** Sentence 1 of every article, then sentence 2 of every article, and so on. */
    static List<String> lead(List<List<String>> articles) {
        List<String> out = new ArrayList<>();
        int longest = articles.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) for (List<String> a : articles) if (i < a.size()) out.add(a.get(i));
        return out;
    }

    /** All sentences, highest TextRank first (ties in input order). */
    static List<String> textRank(List<List<String>> articles) {
        List<String> s = new ArrayList<>();
        articles.forEach(s::addAll);
        int n = s.size();
        List<Set<String>> words = new ArrayList<>();
        for (String x : s) words.add(new HashSet<>(Rouge.tokens(x)));
        double[][] sim = new double[n][n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                int common = 0;
                for (String t : words.get(i)) if (words.get(j).contains(t)) common++;
                double norm = Math.log(words.get(i).size() + 1) + Math.log(words.get(j).size() + 1);
                sim[i][j] = norm == 0 ? 0 : common / norm;
                out[i] += sim[i][j];
            }
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1);
        for (int it = 0; it < 30; it++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double in = 0;
                for (int j = 0; j < n; j++) if (out[j] > 0) in += sim[j][i] / out[j] * rank[j];
                next[i] = 0.15 + 0.85 * in;
            }
            rank = next;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        final double[] r = rank;
        Arrays.sort(order, (a, b) -> Double.compare(r[b], r[a]));
        List<String> ranked = new ArrayList<>();
        for (int i : order) ranked.add(s.get(i));
        return ranked;
    }
}
