package io.corroborate.corroborate.claim;

/**
 * How alike two statements of one story are. Term weights are inverse sentence frequencies over the story
 * ({@link StoryTerms}), so words every article repeats (the story's main names) count less than the
 * specific words two sentences share.
 *
 * @param cosine       idf-weighted cosine of the two content-lemma sets
 * @param cover        shared idf weight over the smaller side's weight (one sentence says the other's content)
 * @param shared       number of shared content lemmas
 * @param sharedWeight their summed idf
 * @param maxIdf       the weight of a lemma only one sentence of the story uses
 * @param jaccard      character 4-gram Jaccard (near-verbatim wording)
 * @param containment  shared 4-grams over the smaller side's 4-grams (a trimmed or extended copy)
 * @param run          words in the longest word run both share verbatim (a phrase quoted by both)
 * @param runPlain     lower-case content words in that run (a phrase, not a name or a title)
 */
record Similarity(double cosine, double cover, int shared, double sharedWeight, double maxIdf, double jaccard,
                  double containment, int run, int runPlain) {

    /** Full comparison of two statements (the aligner itself accumulates the lexical part over postings). */
    static Similarity of(Statement a, Statement b, StoryTerms terms) {
        int i = 0, j = 0, shared = 0;
        double sharedW = 0, dot = 0;
        int[] x = terms.ids(a), y = terms.ids(b);
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                double w = terms.idf(x[i]);
                shared++;
                sharedW += w;
                dot += w * w;
                i++;
                j++;
            } else if (x[i] < y[j]) i++;
            else j++;
        }
        return of(a, b, terms, shared, sharedW, dot);
    }

    static Similarity of(Statement a, Statement b, StoryTerms terms, int shared, double sharedW, double dot) {
        return lexical(a, b, terms, shared, sharedW, dot).withWording(a, b).withRun(a, b);
    }

    /** The content-word part only; the wording measures left at 0. */
    static Similarity lexical(Statement a, Statement b, StoryTerms terms, int shared, double sharedW, double dot) {
        double qa = terms.sumSquares(a), qb = terms.sumSquares(b);
        double wa = terms.sumWeights(a), wb = terms.sumWeights(b);
        double cosine = qa == 0 || qb == 0 ? 0 : dot / Math.sqrt(qa * qb);
        double cover = Math.min(wa, wb) == 0 ? 0 : sharedW / Math.min(wa, wb);
        return new Similarity(cosine, cover, shared, sharedW, terms.maxIdf(), 0, 0, 0, 0);
    }

    Similarity withWording(Statement a, Statement b) {
        int common = Statement.sharedShingles(a.shingles(), b.shingles());
        int union = a.shingles().length + b.shingles().length - common;
        int smaller = Math.min(a.shingles().length, b.shingles().length);
        return new Similarity(cosine, cover, shared, sharedWeight, maxIdf,
                union == 0 ? 0 : (double) common / union, smaller == 0 ? 0 : (double) common / smaller, run, runPlain);
    }

    /** Adds the longest shared word run (quadratic in words: the aligner asks only when it can matter). */
    Similarity withRun(Statement a, Statement b) {
        int[] run = Statement.longestRun(a, b);
        int plain = a.plain().get(run[0], run[0] + run[2]).cardinality();
        return new Similarity(cosine, cover, shared, sharedWeight, maxIdf, jaccard, containment, run[2], plain);
    }
}
