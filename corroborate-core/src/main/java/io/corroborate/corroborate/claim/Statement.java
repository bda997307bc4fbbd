package io.corroborate.corroborate.claim;

import io.corroborate.text.Span;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One sentence as the aligner compares it.
 *
 * @param article  index of its article in story order
 * @param sentence index of the sentence in its article's sentence layer
 * @param span     the sentence's offsets in the article text
 * @param text     the sentence, verbatim
 * @param words    every normalised word, in order (for verbatim tests)
 * @param terms    distinct content lemmas, in first-seen order
 * @param shingles sorted distinct hashes of the character 4-grams of the normalised words
 */
record Statement(int article, int sentence, Span span, String text, List<String> words, List<String> terms,
                 long[] shingles) {
    static final int SHINGLE = 4;

    static Statement of(int article, int sentence, Span span, String text) {
        List<String> words = Terms.words(text);
        Set<String> terms = new LinkedHashSet<>(Terms.content(text));
        return new Statement(article, sentence, span, text, words, List.copyOf(terms), shingles(words));
    }

    /** Character 4-grams over the words joined by single spaces: robust to punctuation, case and quote marks. */
    static long[] shingles(List<String> words) {
        String s = String.join(" ", words);
        if (s.length() < SHINGLE) return s.isEmpty() ? new long[0] : new long[] {hash(s, 0, s.length())};
        long[] out = new long[s.length() - SHINGLE + 1];
        for (int i = 0; i < out.length; i++) out[i] = hash(s, i, i + SHINGLE);
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) if (n == 0 || out[n - 1] != out[i]) out[n++] = out[i];
        return Arrays.copyOf(out, n);
    }

    private static long hash(String s, int from, int to) {
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
