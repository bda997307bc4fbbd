package io.corroborate.corroborate.provenance;

import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A quote as a sequence of words: normalised forms (lower case, one apostrophe style, no punctuation) for
 * comparison, the words as written for reporting differences, and the span from the first word to the last.
 */
record QuoteWords(List<String> norm, List<String> written, Set<String> pairs, Span covered) {

    /**
     * The words of a quote's parts that lie inside quotation marks ({@code inside}); all the parts' words when
     * none do (an extractor's quote without marks). Each word comes with its offsets in the article text.
     */
    static QuoteWords of(String text, List<Span> parts, BitSet inside) {
        List<String> norm = new ArrayList<>(), written = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        for (boolean marked : new boolean[] {true, false}) {
            for (Span p : parts) {
                int i = p.start(), end = Math.min(p.end(), text.length());
                while (i < end) {
                    if (!Character.isLetterOrDigit(text.charAt(i))) {
                        i++;
                        continue;
                    }
                    int s = i;
                    StringBuilder w = new StringBuilder();
                    while (i < end) {
                        char c = text.charAt(i);
                        if (Character.isLetterOrDigit(c)) w.append(Character.toLowerCase(c));
                        else if (isApostrophe(c) && i + 1 < end && Character.isLetter(text.charAt(i + 1))) w.append('\'');
                        else break;
                        i++;
                    }
                    if (!marked || inside.get(s)) {
                        norm.add(w.toString());
                        written.add(text.substring(s, i));
                        offsets.add(new int[] {s, i});
                    }
                }
            }
            if (!norm.isEmpty()) break;
        }
        Set<String> pairs = new HashSet<>();
        for (int k = 0; k + 1 < norm.size(); k++) pairs.add(norm.get(k) + " " + norm.get(k + 1));
        Span covered = offsets.isEmpty() ? null : new Span(offsets.get(0)[0], offsets.get(offsets.size() - 1)[1]);
        return new QuoteWords(List.copyOf(norm), List.copyOf(written), pairs, covered);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
    }

    int size() {
        return norm.size();
    }

    /** Share of {@code other}'s word pairs that this quote also has (0 when {@code other} has none). */
    double pairShare(QuoteWords other) {
        if (other.norm.size() < 2) return 0;
        int hit = 0, n = 0;
        for (int k = 0; k + 1 < other.norm.size(); k++, n++) {
            if (pairs.contains(other.norm.get(k) + " " + other.norm.get(k + 1))) hit++;
        }
        return (double) hit / n;
    }

    /** How {@code copy} carries this (the fullest) quote. */
    record Diff(String form, List<String> changed) {
    }

    Diff diff(QuoteWords copy) {
        if (copy.norm.equals(norm)) return new Diff(QuoteProvenance.VERBATIM, List.of());
        if (indexOf(norm, copy.norm) >= 0) return new Diff(QuoteProvenance.TRIMMED, List.of());
        return new Diff(QuoteProvenance.ALTERED, changes(copy));
    }

    private static int indexOf(List<String> hay, List<String> needle) {
        outer:
        for (int i = 0; i + needle.size() <= hay.size(); i++) {
            for (int j = 0; j < needle.size(); j++) if (!hay.get(i + j).equals(needle.get(j))) continue outer;
            return i;
        }
        return -1;
    }

    /**
     * Word differences from a local alignment (Smith-Waterman over words: match +2, substitution and gap
     * -1) of the copy against this quote, so a copy that quotes one passage is compared with that passage
     * only: "old \u2192 new" for a replacement, "+new" for added words, "-old" for a dropped run.
     */
    private List<String> changes(QuoteWords copy) {
        int n = norm.size(), m = copy.norm.size();
        int[][] h = new int[n + 1][m + 1];
        int best = 0, bi = 0, bj = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int diag = h[i - 1][j - 1] + (norm.get(i - 1).equals(copy.norm.get(j - 1)) ? 2 : -1);
                int v = Math.max(0, Math.max(diag, Math.max(h[i - 1][j] - 1, h[i][j - 1] - 1)));
                h[i][j] = v;
                if (v > best) {
                    best = v;
                    bi = i;
                    bj = j;
                }
            }
        }
        List<String> out = new ArrayList<>();
        if (best == 0) {
            out.add("+" + String.join(" ", copy.written));
            return out;
        }
        // trace back to the start of the local alignment, collecting ops in reverse
        List<int[]> ops = new ArrayList<>(); // {kind 0 match 1 subst 2 drop 3 add, i, j}
        int i = bi, j = bj;
        while (i > 0 && j > 0 && h[i][j] > 0) {
            boolean same = norm.get(i - 1).equals(copy.norm.get(j - 1));
            if (h[i][j] == h[i - 1][j - 1] + (same ? 2 : -1)) {
                ops.add(new int[] {same ? 0 : 1, i - 1, j - 1});
                i--;
                j--;
            } else if (h[i][j] == h[i - 1][j] - 1) {
                ops.add(new int[] {2, i - 1, -1});
                i--;
            } else {
                ops.add(new int[] {3, -1, j - 1});
                j--;
            }
        }
        java.util.Collections.reverse(ops);
        addRun(out, List.of(), copy.written.subList(0, j));
        List<String> old = new ArrayList<>(), now = new ArrayList<>();
        for (int[] op : ops) {
            if (op[0] == 0) {
                addRun(out, old, now);
                old.clear();
                now.clear();
                continue;
            }
            if (op[1] >= 0) old.add(written.get(op[1]));
            if (op[2] >= 0) now.add(copy.written.get(op[2]));
        }
        addRun(out, old, now);
        addRun(out, List.of(), copy.written.subList(bj, m));
        return out;
    }

    private static void addRun(List<String> out, List<String> old, List<String> now) {
        if (old.isEmpty() && now.isEmpty()) return;
        if (old.isEmpty()) out.add("+" + String.join(" ", now));
        else if (now.isEmpty()) out.add("-" + String.join(" ", old));
        else out.add(String.join(" ", old) + " \u2192 " + String.join(" ", now));
    }
}
