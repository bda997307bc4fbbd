package io.corroborate.corroborate.conflict;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Quantity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Numbers for the same quantity: the same unit or counted noun, in aligned sentences, with the same
 * words around the number (so "175 prisoners exchanged" and "23 wounded prisoners" are two groups,
 * not two counts of one).
 */
final class NumberSlots {
    /** Minimum weighted similarity of two sentences for their numbers to count the same thing. */
    static final double MIN_SIMILARITY = 0.20;
    /** Minimum number of content stems such sentences share. */
    static final int MIN_SHARED = 3;
    /** What a shared word next to both numbers adds to their sentences' similarity. */
    static final double LOCAL_BONUS = 0.25;
    /**
     * Figures further apart than this factor are taken to count different things (a day's toll and a
     * week's, a part and the whole). Reports of one figure that disagree rarely differ by more; a misheard
     * "sixteen" for "sixty" is within it.
     */
    static final double MAX_RATIO = 5.0;
    /** Content words looked at on each side of a number. */
    static final int WINDOW = 2;

    private final StoryIndex index;
    final List<Observation> obs = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<Set<String>> local = new ArrayList<>();
    private final List<Set<String>> modifiers = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();

    NumberSlots(StoryIndex index) {
        this.index = index;
        collect();
        judge();
    }

    static String unit(Quantity q) {
        if (q.unit() == null || q.unit().isBlank()) return null;
        String u = q.unit().toLowerCase(Locale.ROOT).trim();
        if (u.endsWith("s") && !u.endsWith("ss") && u.length() > 3) u = u.substring(0, u.length() - 1);
        return u;
    }

    private void collect() {
        for (int a = 0; a < index.articles.size(); a++) {
            AnnotatedArticle art = index.articles.get(a);
            List<Quantity> qs = art.quantities();
            for (Quantity q : qs) {
                String unit = unit(q);
                if (unit == null) continue;
                int s = art.sentenceIndexAt(q.span().start());
                if (s < 0) continue;
                obs.add(new Observation(a, s, q.span(), q.text(), format(q.value()) + " " + unit,
                        Slots.around(index, a, s, q.span(), "number of " + unit)));
                quantities.add(q);
                local.add(localWords(a, s, q));
                modifiers.add(modifiers(art.text(), q));
            }
        }
    }

    /** Words between the number and its unit ("23 severely wounded prisoners"): they pick out a group. */
    private static Set<String> modifiers(String text, Quantity q) {
        int end = q.span().end();
        if (q.unitSpan() != null && q.unitSpan().start() > end) end = Math.min(q.unitSpan().start(), text.length());
        Set<String> out = ContentWords.stems(text.substring(q.span().start(), end));
        out.removeAll(ContentWords.stems(q.unit()));
        if (q.qualifier() != null) out.removeAll(ContentWords.stems(q.qualifier()));
        out.removeAll(QUALIFIER_WORDS);
        out.removeIf(w -> MAGNITUDES.contains(w));
        return out;
    }

    private static final Set<String> QUALIFIER_WORDS = ContentWords.stems(
            "nearly almost roughly approximately around estimated least less fewer than above below under upwards "
                    + "excess just some record total whopping mere additional another");
    private static final Set<String> MAGNITUDES = ContentWords.stems(
            "hundred hundreds thousand thousands million millions billion billions trillion dozen dozens percent");

    private Set<String> localWords(int a, int s, Quantity q) {
        var span = index.sentenceSpan(a, s);
        String text = index.sentenceText(a, s);
        int q0 = q.span().start() - span.start();
        int q1 = Math.max(q.span().end(), q.unitSpan() == null ? 0 : q.unitSpan().end()) - span.start();
        List<ContentWords.Word> words = ContentWords.words(text);
        Set<String> unitStems = ContentWords.stems(q.unit());
        Set<String> out = new HashSet<>();
        int left = 0;
        for (int i = words.size() - 1; i >= 0 && left < WINDOW; i--) {
            ContentWords.Word w = words.get(i);
            if (w.end() > q0 || w.stem() == null || unitStems.contains(w.stem())) continue;
            out.add(w.stem());
            left++;
        }
        int right = 0;
        for (ContentWords.Word w : words) {
            if (right >= WINDOW) break;
            if (w.start() < q1 || w.stem() == null || unitStems.contains(w.stem())) continue;
            out.add(w.stem());
            right++;
        }
        return out;
    }

    private void judge() {
        int n = obs.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Observation x = obs.get(i), y = obs.get(j);
                if (x.article() == y.article() || !sameUnit(i, j) || ratio(i, j) > MAX_RATIO) continue;
                double s = index.similarity(x.article(), x.sentence(), y.article(), y.sentence());
                boolean near = local.get(i).stream().anyMatch(local.get(j)::contains);
                if (near) s += LOCAL_BONUS;
                if (s < MIN_SIMILARITY || index.shared(x.article(), x.sentence(), y.article(), y.sentence()) < MIN_SHARED) {
                    continue;
                }
                if (!modifiers.get(i).equals(modifiers.get(j))) continue; // different groups
                sim[i][j] = sim[j][i] = s;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sim[i][j] == 0) continue;
                Observation x = obs.get(i), y = obs.get(j);
                boolean agree = agree(i, j);
                if (agree && Alignment.mutualBest(obs, sim, i, j)) {
                    edges.add(new Edge(i, j, x.value().equalsIgnoreCase(y.value()) ? Edge.Relation.SAME
                            : Edge.Relation.VARIANT, sim[i][j]));
                } else if (!agree && Alignment.mutualBest(obs, sim, i, j) && !matchedElsewhere(i, j) && !matchedElsewhere(j, i)
                        && !statedIn(i, y.article()) && !statedIn(j, x.article())) {
                    // (an article that also states the other's figure is counting something else with its own)
                    edges.add(new Edge(i, j, Edge.Relation.CONFLICT, Math.min(0.95, 0.3 + sim[i][j])));
                }
            }
        }
    }

    /** True when the article states a figure agreeing with quantity i, in the same unit, anywhere. */
    private boolean statedIn(int i, int article) {
        for (int k = 0; k < obs.size(); k++) {
            if (obs.get(k).article() == article && sameUnit(i, k) && agree(i, k)) return true;
        }
        return false;
    }

    private double ratio(int i, int j) {
        double a = Math.abs(quantities.get(i).value()), b = Math.abs(quantities.get(j).value());
        double lo = Math.min(a, b), hi = Math.max(a, b);
        return lo == 0 ? Double.POSITIVE_INFINITY : hi / lo;
    }

    private boolean sameUnit(int i, int j) {
        return unit(quantities.get(i)).equals(unit(quantities.get(j)));
    }

    private boolean agree(int i, int j) {
        Quantity a = quantities.get(i), b = quantities.get(j);
        return NumberAgreement.agree(a.value(), a.text(), a.qualifier(), b.value(), b.text(), b.qualifier());
    }

    /** True when quantity i agrees with another quantity of its unit in the sentence of observation j. */
    private boolean matchedElsewhere(int i, int j) {
        Observation y = obs.get(j);
        for (int k = 0; k < obs.size(); k++) {
            Observation z = obs.get(k);
            if (k == j || z.article() != y.article() || z.sentence() != y.sentence()) continue;
            if (sameUnit(i, k) && agree(i, k)) return true;
        }
        return false;
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
