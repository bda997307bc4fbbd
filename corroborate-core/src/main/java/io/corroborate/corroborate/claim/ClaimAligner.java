package io.corroborate.corroborate.claim;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Sentence;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Evidence;
import java.util.ArrayList;
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
        public static final Settings DEFAULTS = new Settings(0.5, 0.4, 0.5, 2);
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
     * about three story-specific words are shared. Fewer than three shared content lemmas link only
     * near-identical sentences: two common words are no evidence of one statement.
     */
    static double score(Similarity s) {
        double wording = Math.sqrt(s.jaccard() * s.containment());
        if (s.shared() < 3) return s.jaccard() >= 0.6 ? wording : 0;
        double cover = s.cover() >= 0.7 ? s.cover() * Math.min(1, s.sharedWeight() / (3 * s.maxIdf())) : 0;
        return Math.max(s.cosine(), Math.max(wording, cover));
    }

    public List<Claim> align(List<AnnotatedArticle> articles) {
        int[] rank = ArticleOrder.ranks(articles);
        List<Statement> st = statements(articles);
        Map<String, Double> idf = Similarity.idf(st);
        Map<Long, Double> scores = new HashMap<>();
        List<long[]> links = candidateLinks(st, idf, scores);

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
            if (!g.isEmpty()) drafts.add(draft(g, st, rank, idf, scores, articles));
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
                Statement x = Statement.of(a, i, s.span(), s.text(art.text()));
                if (x.terms().size() >= settings.minTerms()) st.add(x);
            }
        }
        return st;
    }

    /** Cross-article pairs sharing a content lemma, scored; those passing the link threshold, strongest first. */
    private List<long[]> candidateLinks(List<Statement> st, Map<String, Double> idf, Map<Long, Double> scores) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < st.size(); i++) {
            for (String t : st.get(i).terms()) postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
        }
        List<long[]> links = new ArrayList<>();
        List<Double> linkScores = new ArrayList<>();
        for (int i = 0; i < st.size(); i++) {
            Statement a = st.get(i);
            BitSet seen = new BitSet();
            for (String t : a.terms()) {
                for (int j : postings.get(t)) {
                    if (j <= i || seen.get(j) || st.get(j).article() == a.article()) continue;
                    seen.set(j);
                    double s = score(Similarity.of(a, st.get(j), idf));
                    if (s <= 0) continue;
                    scores.put(key(i, j), s);
                    if (s >= settings.link()) {
                        links.add(new long[] {i, j, links.size()});
                        linkScores.add(s);
                    }
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

    private Draft draft(List<Integer> group, List<Statement> st, int[] rank, Map<String, Double> idf,
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
            String m = matchOf(st.get(rep), st.get(x), idf);
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

    private String matchOf(Statement a, Statement b, Map<String, Double> idf) {
        if (a.words().equals(b.words())) return VERBATIM;
        Similarity s = Similarity.of(a, b, idf);
        return s.jaccard() >= settings.nearVerbatim() || s.containment() >= 0.9 ? NEAR_VERBATIM : PARAPHRASE;
    }
}
