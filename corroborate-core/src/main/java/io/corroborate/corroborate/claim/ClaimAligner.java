package io.corroborate.corroborate.claim;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Sentence;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Evidence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns sentences of different articles that say the same thing into claims.
 *
 * <p>Method (lexical, deterministic): every sentence with enough content words is a statement; two
 * statements of different articles are linked when their {@link #score} passes {@link Settings#link()};
 * links are taken strongest first and merge two groups only when the groups share no article (one sentence
 * per article per claim) and their average pairwise score stays above {@link Settings#merge()} (no chaining
 * through one loose link). Every statement left alone is a claim of one article. The representative text is
 * the member most like the others, verbatim.
 *
 * <p>Claims come ordered by support (distinct articles), then earliest sentence position, then story order;
 * ids are c1, c2, ... in that order. Stateless and thread-safe.
 */
public final class ClaimAligner {
    /**
     * Thresholds.
     *
     * @param link         minimum pair score to link two statements (0..1)
     * @param merge        minimum average pair score between two groups to merge them
     * @param nearVerbatim minimum character 4-gram Jaccard for "near-verbatim"
     * @param minTerms     sentences with fewer content lemmas are not statements (captions, datelines)
     */
    public record Settings(double link, double merge, double nearVerbatim, int minTerms) {
        public static final Settings DEFAULTS = new Settings(0.45, 0.4, 0.5, 2);
    }

    public static final String VERBATIM = "verbatim";
    public static final String NEAR_VERBATIM = "near-verbatim";
    public static final String PARAPHRASE = "paraphrase";

    private final Settings settings;

    public ClaimAligner() {
        this(Settings.DEFAULTS);
    }

    public ClaimAligner(Settings settings) {
        this.settings = settings;
    }

    /**
     * One pair score: the idf-weighted cosine of content lemmas; or shared wording (geometric mean of the
     * 4-gram Jaccard and containment, which survives an added attribution or a trimmed clause); or, when one
     * sentence carries nearly all of the other's content plus more, the weighted cover, scaled down until
     * about three story-specific words are shared. The cosine gains a little for every story-specific word
     * shared beyond three (capped), since two long reports of one fact each add words of their own. A
     * verbatim run of at least six words holding four plain content words is a phrase both quote. Fewer than three shared content lemmas link only
     * near-identical sentences: two common words are no evidence of one statement.
     */
    static double score(Similarity s) {
        double wording = Math.sqrt(s.jaccard() * s.containment());
        if (s.shared() < 3) return s.jaccard() >= 0.6 ? wording : 0;
        double cover = s.cover() >= 0.7 ? s.cover() * Math.min(1, s.sharedWeight() / (3 * s.maxIdf())) : 0;
        // long paraphrases share many specific words but also add their own, which caps their cosine
        double evidence = Math.min(0.2, 0.04 * Math.max(0, s.sharedWeight() / s.maxIdf() - 3));
        // a phrase of four or more plain content words that both carry: one statement quoted by both
        double phrase = s.run() >= 6 && s.runPlain() >= 4 && s.cosine() >= 0.2
                ? Math.min(0.7, 0.5 + 0.03 * (s.runPlain() - 4)) : 0;
        return Math.max(Math.max(s.cosine() + evidence, phrase), Math.max(wording, cover));
    }

    public List<Claim> align(List<AnnotatedArticle> articles) {
        int[] rank = ArticleOrder.ranks(articles);
        List<Statement> st = statements(articles);
        StoryTerms terms = new StoryTerms(st);
        Map<Long, Double> scores = new HashMap<>();
        List<long[]> links = candidateLinks(st, terms, scores);

        // greedy average-linkage merge under the one-sentence-per-article constraint
        int n = st.size();
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        List<BitSet> groupArticles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            groupOf[i] = i;
            groups.add(new ArrayList<>(List.of(i)));
            BitSet b = new BitSet();
            b.set(st.get(i).article());
            groupArticles.add(b);
        }
        for (long[] link : links) {
            int ga = groupOf[(int) link[0]], gb = groupOf[(int) link[1]];
            if (ga == gb || groupArticles.get(ga).intersects(groupArticles.get(gb))) continue;
            double sum = 0;
            for (int x : groups.get(ga)) for (int y : groups.get(gb)) sum += scores.getOrDefault(key(x, y), 0.0);
            if (sum / (groups.get(ga).size() * groups.get(gb).size()) < settings.merge()) continue;
            int keep = Math.min(ga, gb), drop = Math.max(ga, gb);
            for (int y : groups.get(drop)) groupOf[y] = keep;
            groups.get(keep).addAll(groups.get(drop));
            groups.get(drop).clear();
            groupArticles.get(keep).or(groupArticles.get(drop));
        }

        List<Draft> drafts = new ArrayList<>();
        for (List<Integer> g : groups) {
            if (!g.isEmpty()) drafts.add(draft(g, st, rank, terms, scores, articles));
        }
        drafts.sort(Comparator.comparingInt((Draft d) -> -d.articles.size())
                .thenComparingInt(d -> d.firstSentence)
                .thenComparingInt(d -> d.firstRank));
        List<Claim> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            out.add(new Claim("c" + (out.size() + 1), d.text, d.support, d.articles, d.match));
        }
        return out;
    }

    private List<Statement> statements(List<AnnotatedArticle> articles) {
        List<Statement> st = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            AnnotatedArticle art = articles.get(a);
            List<Sentence> sentences = art.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                Statement x = Statement.of(st.size(), a, i, s.span(), s.text(art.text()));
                if (x.terms().size() >= settings.minTerms()) st.add(x);
            }
        }
        return st;
    }

    /** Pair scores below this are not kept: they add nothing to an average-linkage decision. */
    private static final double KEEP = 0.2;

    /**
     * Scores every cross-article pair sharing a content lemma, accumulating the shared weights over the
     * postings (no pair is compared word by word); returns the pairs passing the link threshold,
     * strongest first, and fills {@code scores} with every pair score worth remembering.
     */
    private List<long[]> candidateLinks(List<Statement> st, StoryTerms terms, Map<Long, Double> scores) {
        int n = st.size();
        int[] shared = new int[n];
        double[] sharedW = new double[n];
        double[] dot = new double[n];
        int[] touched = new int[n];
        List<long[]> links = new ArrayList<>();
        List<Double> linkScores = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Statement a = st.get(i);
            int nt = 0;
            for (int t : terms.ids(i)) {
                double w = terms.idf(t);
                for (int j : terms.postings(t)) {
                    if (j <= i || st.get(j).article() == a.article()) continue;
                    if (shared[j] == 0) touched[nt++] = j;
                    shared[j]++;
                    sharedW[j] += w;
                    dot[j] += w * w;
                }
            }
            Arrays.sort(touched, 0, nt);
            for (int k = 0; k < nt; k++) {
                int j = touched[k];
                Statement b = st.get(j);
                Similarity sim = Similarity.lexical(a, b, terms, shared[j], sharedW[j], dot[j]);
                double s = score(sim);
                // wording can only lift a pair that shares much of its content already
                if (s < settings.link() && (sim.cosine() >= 0.25 || sim.cover() >= 0.6)) {
                    sim = sim.withWording(a, b);
                    s = score(sim);
                }
                // the shared-phrase test is quadratic in words: only where it can lift a pair to a link
                if (s < settings.link() && sim.shared() >= 4 && sim.cosine() >= 0.2) s = score(sim.withRun(a, b));
                shared[j] = 0;
                sharedW[j] = 0;
                dot[j] = 0;
                if (s >= KEEP) scores.put(key(i, j), s);
                if (s >= settings.link()) {
                    links.add(new long[] {i, j, links.size()});
                    linkScores.add(s);
                }
            }
        }
        links.sort(Comparator.comparingDouble((long[] l) -> -linkScores.get((int) l[2]))
                .thenComparingLong(l -> l[0]).thenComparingLong(l -> l[1]));
        return links;
    }

    private static long key(int x, int y) {
        return x < y ? ((long) x << 32) | y : ((long) y << 32) | x;
    }

    private record Draft(String text, List<Evidence> support, List<String> articles, String match,
                         int firstSentence, int firstRank) {
    }

    private Draft draft(List<Integer> group, List<Statement> st, int[] rank, StoryTerms terms,
                        Map<Long, Double> scores, List<AnnotatedArticle> articles) {
        List<Integer> members = new ArrayList<>(group);
        members.sort(Comparator.comparingInt(i -> rank[st.get(i).article()]));
        // representative: the member with the highest total score to the others (ties: earliest article)
        int rep = members.get(0);
        double best = -1;
        for (int x : members) {
            double sum = 0;
            for (int y : members) if (x != y) sum += scores.getOrDefault(key(x, y), 0.0);
            if (sum > best + 1e-9) {
                best = sum;
                rep = x;
            }
        }
        String match = VERBATIM;
        for (int x : members) {
            if (x == rep) continue;
            String m = matchOf(st.get(rep), st.get(x), terms);
            if (m.equals(PARAPHRASE) || (m.equals(NEAR_VERBATIM) && match.equals(VERBATIM))) match = m;
        }
        List<Evidence> support = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int firstSentence = Integer.MAX_VALUE;
        for (int x : members) {
            Statement s = st.get(x);
            String id = articles.get(s.article()).id();
            support.add(new Evidence(id, s.span(), s.text(), null));
            ids.add(id);
            firstSentence = Math.min(firstSentence, s.sentence());
        }
        return new Draft(st.get(rep).text(), support, ids, match, firstSentence, rank[st.get(members.get(0)).article()]);
    }

    private String matchOf(Statement a, Statement b, StoryTerms terms) {
        if (a.words().equals(b.words())) return VERBATIM;
        Similarity s = Similarity.of(a, b, terms);
        return s.jaccard() >= settings.nearVerbatim() || s.containment() >= 0.9 ? NEAR_VERBATIM : PARAPHRASE;
    }
}
