package io.corroborate.corroborate.summary;

import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Evidence;
import io.corroborate.corroborate.SummaryLine;
import io.corroborate.corroborate.claim.Terms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An extractive summary: the best-supported claims, each as one verbatim sentence citing its articles.
 *
 * <p>Claims are taken in claim order (support, then earliest position), skipping any whose content repeats
 * a line already taken ({@link #REPEAT} of the shorter side's content lemmas) and any with no sentence fit
 * to stand alone (a fragment of a split quote, a caption). Of a claim's supporting sentences the line is
 * the best-formed one. Claims of one article (lead sentences first, as claim order has them) fill the
 * summary up to the maximum when too few are shared: on 250 Multi-News clusters a full summary scores
 * higher ROUGE than a short one and than lead or TextRank at the same length. Never writes text of its
 * own. Stateless.
 */
public final class Summarizer {
    /** Share of shared content lemmas (of the shorter line) from which a line repeats another. */
    public static final double REPEAT = 0.5;
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 60;

    public List<SummaryLine> summarize(List<Claim> claims, int max) {
        return summarize(claims, max, max);
    }

    /** As {@link #summarize(List, int)}, with claims of one article filling only up to {@code fill} lines. */
    public List<SummaryLine> summarize(List<Claim> claims, int max, int fill) {
        List<SummaryLine> out = new ArrayList<>();
        List<Set<String>> taken = new ArrayList<>();
        for (boolean shared : new boolean[] {true, false}) {
            for (Claim c : claims) {
                if (out.size() >= max || (!shared && out.size() >= fill)) return out;
                if ((c.articles().size() > 1) != shared) continue;
                String text = bestSentence(c);
                if (text == null) continue;
                Set<String> terms = new HashSet<>(Terms.content(text));
                if (terms.isEmpty() || taken.stream().anyMatch(t -> repeats(t, terms))) continue;
                taken.add(terms);
                out.add(new SummaryLine(c.id(), text, c.articles()));
            }
        }
        return out;
    }

    private static boolean repeats(Set<String> a, Set<String> b) {
        int common = 0;
        for (String t : b) if (a.contains(t)) common++;
        return common >= REPEAT * Math.min(a.size(), b.size());
    }

    /** The supporting sentence best fit to stand alone, or null when none is. */
    static String bestSentence(Claim c) {
        String best = null;
        int bestScore = 0;
        List<String> texts = new ArrayList<>();
        texts.add(c.text());
        for (Evidence e : c.support()) texts.add(e.text());
        for (String t : texts) {
            int s = formScore(t);
            if (s > bestScore) {
                best = t;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * 0 when the sentence cannot stand alone (too short or long, starts in lower case, ends mid-way);
     * more for balanced quotation marks and for not opening inside a quotation.
     */
    static int formScore(String t) {
        String s = t.strip();
        int words = s.split("\\s+").length;
        if (s.isEmpty() || words < MIN_WORDS || words > MAX_WORDS) return 0;
        int i = 0;
        while (i < s.length() && "\"'\u201c\u2018(".indexOf(s.charAt(i)) >= 0) i++;
        if (i == s.length() || !(Character.isUpperCase(s.charAt(i)) || Character.isDigit(s.charAt(i)))) return 0;
        int j = s.length() - 1;
        while (j > 0 && "\"'\u201d\u2019)".indexOf(s.charAt(j)) >= 0) j--;
        if (".!?".indexOf(s.charAt(j)) < 0) return 0;
        int score = 1;
        long open = s.chars().filter(ch -> ch == '\u201c').count(), close = s.chars().filter(ch -> ch == '\u201d').count();
        long straight = s.chars().filter(ch -> ch == '"').count();
        if (open == close && straight % 2 == 0) score += 2;
        return score;
    }
}
