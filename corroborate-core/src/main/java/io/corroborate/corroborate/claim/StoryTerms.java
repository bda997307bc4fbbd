package io.corroborate.corroborate.claim;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The content lemmas of one story's statements as sorted int ids, with inverse sentence frequencies
 * ln(1 + N / df) and per-statement weight sums: built once per story so that comparing two statements
 * touches arrays only.
 */
final class StoryTerms {
    private final int[][] ids;
    private final double[] idf;
    private final double[] sumW;
    private final double[] sumSq;
    private final int[][] postings;
    private final double maxIdf;

    StoryTerms(List<Statement> statements) {
        Map<String, Integer> vocab = new HashMap<>();
        int n = statements.size();
        ids = new int[n][];
        for (int s = 0; s < n; s++) {
            List<String> terms = statements.get(s).terms();
            int[] x = new int[terms.size()];
            for (int k = 0; k < x.length; k++) x[k] = vocab.computeIfAbsent(terms.get(k), t -> vocab.size());
            Arrays.sort(x);
            ids[s] = x;
        }
        int[] df = new int[vocab.size()];
        for (int[] x : ids) for (int t : x) df[t]++;
        idf = new double[df.length];
        for (int t = 0; t < df.length; t++) idf[t] = Math.log(1 + (double) n / df[t]);
        maxIdf = Math.log(1 + n);
        sumW = new double[n];
        sumSq = new double[n];
        postings = new int[df.length][];
        int[] fill = new int[df.length];
        for (int t = 0; t < df.length; t++) postings[t] = new int[df[t]];
        for (int s = 0; s < n; s++) {
            for (int t : ids[s]) {
                sumW[s] += idf[t];
                sumSq[s] += idf[t] * idf[t];
                postings[t][fill[t]++] = s;
            }
        }
    }

    int[] ids(Statement s) {
        return ids[index(s)];
    }

    int[] ids(int statement) {
        return ids[statement];
    }

    /** Statements holding term {@code t}, ascending. */
    int[] postings(int t) {
        return postings[t];
    }

    double idf(int t) {
        return idf[t];
    }

    double maxIdf() {
        return maxIdf;
    }

    double sumWeights(Statement s) {
        return sumW[index(s)];
    }

    double sumSquares(Statement s) {
        return sumSq[index(s)];
    }

    private static int index(Statement s) {
        return s.index();
    }
}
