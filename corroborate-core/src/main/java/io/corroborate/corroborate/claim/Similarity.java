package io.corroborate.corroborate.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike two statements of one story are. Term weights are inverse sentence frequencies over the story,
 * so words every article repeats (the story's main names) count less than the specific words two
 * sentences share.
 *
 * @param cosine      idf-weighted cosine of the two content-lemma sets
 * @param cover       shared idf weight over the smaller side's weight (one sentence says the other's content)
 * @param shared      number of shared content lemmas
 * @param sharedWeight their summed idf
 * @param jaccard     character 4-gram Jaccard (near-verbatim wording)
 * @param maxIdf      the weight of a word only one sentence of the story uses
 * @param containment shared 4-grams over the smaller side's 4-grams (a trimmed or extended copy)
 */
record Similarity(double cosine, double cover, int shared, double sharedWeight, double jaccard, double containment, double maxIdf) {

    /** Key of the largest possible weight in an idf map (no lemma has a space). */
    static final String MAX = " max";

    /** Inverse sentence frequency of every content lemma of the story: ln(1 + N / df). */
    static Map<String, Double> idf(List<Statement> statements) {
        Map<String, Integer> df = new HashMap<>();
        for (Statement s : statements) for (String t : s.terms()) df.merge(t, 1, Integer::sum);
        Map<String, Double> idf = new HashMap<>();
        double n = statements.size();
        df.forEach((t, d) -> idf.put(t, Math.log(1 + n / d)));
        idf.put(MAX, Math.log(1 + n));
        return idf;
    }

    static Similarity of(Statement a, Statement b, Map<String, Double> idf) {
        double wa = 0, wb = 0, sharedW = 0, sq = 0, sqa = 0, sqb = 0;
        int shared = 0;
        for (String t : a.terms()) {
            double w = idf.get(t);
            wa += w;
            sqa += w * w;
        }
        for (String t : b.terms()) {
            double w = idf.get(t);
            wb += w;
            sqb += w * w;
            if (a.terms().contains(t)) {
                shared++;
                sharedW += w;
                sq += w * w;
            }
        }
        double cosine = sqa == 0 || sqb == 0 ? 0 : sq / Math.sqrt(sqa * sqb);
        double cover = Math.min(wa, wb) == 0 ? 0 : sharedW / Math.min(wa, wb);
        int common = Statement.sharedShingles(a.shingles(), b.shingles());
        int union = a.shingles().length + b.shingles().length - common;
        double jaccard = union == 0 ? 0 : (double) common / union;
        int smaller = Math.min(a.shingles().length, b.shingles().length);
        double containment = smaller == 0 ? 0 : (double) common / smaller;
        return new Similarity(cosine, cover, shared, sharedW, jaccard, containment, idf.get(MAX));
    }
}
