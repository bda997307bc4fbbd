package io.corroborate.corroborate.provenance;

import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A quote as a sequence of words: normalised forms (lower case, one apostrophe style, no punctuation) for
 * comparison, and the words as written for reporting differences.
 */
record QuoteWords(List<String> norm, List<String> written, Set<String> pairs) {

    static QuoteWords of(String text, List<Span> parts) {
        List<String> norm = new ArrayList<>();
        List<String> written = new ArrayList<>();
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
                norm.add(w.toString());
                written.add(text.substring(s, i));
            }
        }
        Set<String> pairs = new HashSet<>();
        for (int k = 0; k + 1 < norm.size(); k++) pairs.add(norm.get(k) + " " + norm.get(k + 1));
        return new QuoteWords(List.copyOf(norm), List.copyOf(written), pairs);
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
     * Word differences from a longest-common-subsequence alignment, inside the stretch of this quote the
     * copy covers: "old → new" for a replacement, "+new" for an addition, "-old" for a dropped word run.
     */
    private List<String> changes(QuoteWords copy) {
        int n = norm.size(), m = copy.norm.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = norm.get(i).equals(copy.norm.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> matches = new ArrayList<>();
        int i = 0, j = 0;
        while (i < n && j < m) {
            if (norm.get(i).equals(copy.norm.get(j))) {
                matches.add(new int[] {i++, j++});
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
            else j++;
        }
        List<String> out = new ArrayList<>();
        if (matches.isEmpty()) {
            out.add("+" + String.join(" ", copy.written));
            return out;
        }
        // words the copy has before its first match / after its last are additions; the fullest copy's
        // words outside the matched stretch are just trimmed away
        int[] first = matches.get(0), last = matches.get(matches.size() - 1);
        addRun(out, List.of(), copy.written.subList(0, first[1]));
        for (int k = 1; k < matches.size(); k++) {
            int[] a = matches.get(k - 1), b = matches.get(k);
            addRun(out, written.subList(a[0] + 1, b[0]), copy.written.subList(a[1] + 1, b[1]));
        }
        addRun(out, List.of(), copy.written.subList(last[1] + 1, m));
        return out;
    }

    private static void addRun(List<String> out, List<String> old, List<String> now) {
        if (old.isEmpty() && now.isEmpty()) return;
        if (old.isEmpty()) out.add("+" + String.join(" ", now));
        else if (now.isEmpty()) out.add("-" + String.join(" ", old));
        else out.add(String.join(" ", old) + " \u2192 " + String.join(" ", now));
    }
}
