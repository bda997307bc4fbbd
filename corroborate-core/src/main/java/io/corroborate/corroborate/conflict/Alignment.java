package io.corroborate.corroborate.conflict;

import java.util.List;

/** Pairing of observations across two articles by how well their sentences align. */
final class Alignment {
    private Alignment() {
    }

    /**
     * True when j is the best-aligned observation for i among j's article, and i is the best for j among
     * i's article: a value is compared with the one statement that best matches it, not with every
     * loosely similar one.
     */
    static boolean mutualBest(List<Observation> obs, double[][] sim, int i, int j) {
        return best(obs, sim, i, obs.get(j).article()) == j && best(obs, sim, j, obs.get(i).article()) == i;
    }

    private static int best(List<Observation> obs, double[][] sim, int i, int article) {
        int best = -1;
        double score = 0;
        for (int k = 0; k < obs.size(); k++) {
            if (obs.get(k).article() != article || sim[i][k] <= score) continue;
            best = k;
            score = sim[i][k];
        }
        return best;
    }
}
