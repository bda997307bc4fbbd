package io.corroborate.corroborate.claim;

import io.corroborate.text.Span;
import java.util.Arrays;
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
 */
record Statement(int index, int article, int sentence, Span span, String text, List<String> words, List<String> terms,
                 long[] shingles) {
    static final int SHINGLE = 4;

    static Statement of(int index, int article, int sentence, Span span, String text) {
        List<String> words = Terms.words(text);
        List<String> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String t : Terms.content(words)) if (seen.add(t)) terms.add(t);
        return new Statement(index, article, sentence, span, text, words, terms, shingles(words));
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
