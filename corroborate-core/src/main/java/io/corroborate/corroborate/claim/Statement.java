package io.corroborate.corroborate.claim;

import io.corroborate.text.Span;
import java.util.Arrays;
import java.util.BitSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sentence as the aligner compares it.
 *
 * @param index    position in the story's statement list
 * @param article  index of its article in the input
 * @param sentence index of the sentence in its article's sentence layer
 * @param span     the sentence's offsets in the article text
 * @param text     the sentence, verbatim
 * @param words    every normalised word, in order (for verbatim tests)
 * @param terms    distinct content lemmas, in first-seen order
 * @param shingles sorted distinct hashes of the character 4-grams of the normalised words
 * @param plain    for each of {@code words}, true when it is a lower-case content word (not a name, not a
 *                 function word): what makes a shared phrase say something rather than name someone
 */
record Statement(int index, int article, int sentence, Span span, String text, List<String> words, List<String> terms,
                 long[] shingles, BitSet plain) {
    static final int SHINGLE = 4;

    static Statement of(int index, int article, int sentence, Span span, String text) {
        List<String> words = Terms.words(text);
        List<String> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String t : Terms.content(words)) if (seen.add(t)) terms.add(t);
        return new Statement(index, article, sentence, span, text, words, terms, shingles(words), plain(text, words));
    }

    /** Marks the words written in lower case that are not stopwords (words are re-found in order). */
    static BitSet plain(String text, List<String> words) {
        BitSet plain = new BitSet(words.size());
        int at = 0;
        for (int k = 0; k < words.size(); k++) {
            while (at < text.length() && !Character.isLetterOrDigit(text.charAt(at))) at++;
            if (at < text.length() && Character.isLowerCase(text.charAt(at)) && !Terms.isStopword(words.get(k))) plain.set(k);
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || isInner(text, at))) at++;
        }
        return plain;
    }

    /** An apostrophe, or a dot or comma inside a number, that {@link Terms#words} keeps within one word. */
    private static boolean isInner(String text, int i) {
        char c = text.charAt(i);
        if (i == 0 || i + 1 >= text.length()) return false;
        if (Terms.isApostrophe(c)) return Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
        return (c == '.' || c == ',') && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    /**
     * The longest run of words two statements share verbatim, as {start in a, start in b, length}.
     * Quadratic in words; called only for pairs that already look alike.
     */
    static int[] longestRun(Statement a, Statement b) {
        List<String> x = a.words(), y = b.words();
        int[] hx = hashes(x), hy = hashes(y);
        int[] prev = new int[y.size() + 1], cur = new int[y.size() + 1];
        int best = 0, endA = 0, endB = 0;
        for (int i = 1; i <= x.size(); i++) {
            for (int j = 1; j <= y.size(); j++) {
                cur[j] = hx[i - 1] == hy[j - 1] && x.get(i - 1).equals(y.get(j - 1)) ? prev[j - 1] + 1 : 0;
                if (cur[j] > best) {
                    best = cur[j];
                    endA = i;
                    endB = j;
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return new int[] {endA - best, endB - best, best};
    }

    private static int[] hashes(List<String> words) {
        int[] h = new int[words.size()];
        for (int i = 0; i < h.length; i++) h[i] = words.get(i).hashCode();
        return h;
    }

    /** Character 4-grams over the words joined by single spaces: robust to punctuation, case and quote marks. */
    static long[] shingles(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(w);
        }
        if (sb.length() < SHINGLE) return sb.isEmpty() ? new long[0] : new long[] {hash(sb, 0, sb.length())};
        long[] out = new long[sb.length() - SHINGLE + 1];
        for (int i = 0; i < out.length; i++) out[i] = hash(sb, i, i + SHINGLE);
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) if (n == 0 || out[n - 1] != out[i]) out[n++] = out[i];
        return Arrays.copyOf(out, n);
    }

    private static long hash(CharSequence s, int from, int to) {
        long h = 1125899906842597L;
        for (int i = from; i < to; i++) h = 31 * h + s.charAt(i);
        return h;
    }

    /** Shared shingles of two sorted arrays. */
    static int sharedShingles(long[] a, long[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }
}
