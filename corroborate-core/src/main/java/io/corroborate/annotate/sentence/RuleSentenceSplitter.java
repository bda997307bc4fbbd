package io.corroborate.annotate.sentence;

import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.SentenceSplitter;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based sentence splitter, one linear pass over the text. Stateless and thread-safe.
 *
 * <p>Rules: a line break always ends a sentence (headlines, paragraphs). Otherwise a sentence ends after
 * {@code . ! ? …} (a run of them), optionally followed by closing quotation marks or brackets, then
 * whitespace and a character that can open a sentence (not a small letter, comma and the like).
 * A period after an abbreviation does not end a sentence: titles and initials ("Gov.", "J. Smith") never,
 * months and numbering words ("Mar. 18", "No. 5") not before a number, and words that often close a
 * sentence too ("U.S.", "Inc.", "p.m.") only before a typical sentence opener ("The", "He", ...).
 * An exclamation or question closed by a quotation mark and followed by "Name said" stays one sentence
 * ("“Why not?” Smith asked."). Quotations over several sentences are split like any text: quote
 * extraction works on character spans, not on sentences. Spans exclude surrounding whitespace.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
    private static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "shouted",
            "yelled", "replied", "replies", "continued", "tweeted", "explained", "insisted", "declared",
            "exclaimed", "noted", "quipped", "responded", "joked", "cried", "answered", "demanded",
            "wondered", "recalled", "countered", "argued");

    @Override
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                add(out, text, start, i);
                start = i + 1;
                i++;
                continue;
            }
            if (!isTerminal(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isTerminal(text.charAt(j))) j++;
            int closersFrom = j;
            while (j < n && isCloser(text.charAt(j))) j++;
            if (j >= n || !isSpace(text.charAt(j))) {
                i = j; // "2.5", "U.S.-led": not followed by space, no end here
                continue;
            }
            int k = j;
            while (k < n && isSpace(text.charAt(k)) && !isLineBreak(text.charAt(k))) k++;
            if (k < n && !isLineBreak(text.charAt(k)) && endsHere(text, i, closersFrom, j, k)) {
                add(out, text, start, j);
                start = j;
            }
            i = k;
        }
        add(out, text, start, n);
        return out;
    }

    /**
     * Whether the terminal run starting at {@code term} ends a sentence; closers run from {@code closers} to
     * {@code afterClosers}; {@code next} is the first character after the whitespace.
     */
    private static boolean endsHere(String text, int term, int closers, int afterClosers, int next) {
        char nc = text.charAt(next);
        if (Character.isLowerCase(nc) || ",;:)]}%".indexOf(nc) >= 0) return false;
        boolean singlePeriod = text.charAt(term) == '.' && closers == term + 1;
        if (singlePeriod && onlyBrackets(text, closers, afterClosers)) { // "(Texas Sen.) Ted Cruz" too
            String word = wordBefore(text, term);
            switch (Abbreviations.of(word)) {
                case NEVER_ENDS -> {
                    return false;
                }
                case BEFORE_NUMBER -> {
                    if (Character.isDigit(nc)) return false;
                }
                case AMBIGUOUS -> {
                    String w = wordAt(text, next);
                    if (!Abbreviations.OPENERS.contains(w) && !isOpeningQuote(nc)) return false;
                }
                case NONE -> {
                }
            }
        }
        // "“Why not?” Smith asked." stays one sentence.
        if (closers < afterClosers && hasQuote(text, closers, afterClosers) && text.charAt(term) != '.'
                && Character.isUpperCase(nc)) {
            // up to four capitalised words ("Press Secretary Dana Kell") and then a speech verb
            int w = next;
            for (int words = 0; words < 5; words++) {
                String word = wordAt(text, w);
                if (word.isEmpty()) break;
                if (words > 0 && SPEECH_VERBS.contains(word)) return false;
                if (!Character.isUpperCase(word.charAt(0))) break;
                w = skipSpaces(text, skipWord(text, w));
            }
        }
        return true;
    }

    /** The letters (with internal periods, as in "U.S") directly before the period at {@code dot}. */
    private static String wordBefore(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
        while (s < dot && text.charAt(s) == '.') s++;
        return text.substring(s, dot);
    }

    private static String wordAt(String text, int from) {
        return text.substring(from, skipWord(text, from));
    }

    private static int skipWord(String text, int from) {
        int e = from;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return e;
    }

    private static int skipSpaces(String text, int from) {
        int e = from;
        while (e < text.length() && text.charAt(e) == ' ') e++;
        return e;
    }

    private static boolean onlyBrackets(String text, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) != ')' && text.charAt(i) != ']') return false;
        return true;
    }

    private static boolean hasQuote(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == '\u00bb') return true;
        }
        return false;
    }

    /**
     * Longest sentence kept whole, in characters. Prose sentences stay far below it; a run-on stretch without
     * end punctuation (a table, a list, minified text) is cut at spaces so that no per-sentence rule sees more.
     */
    static final int MAX_SENTENCE = 2_000;

    private static void add(List<Sentence> out, String text, int s, int e) {
        while (s < e && isSpace(text.charAt(s))) s++;
        while (e > s && isSpace(text.charAt(e - 1))) e--;
        while (e - s > MAX_SENTENCE) {
            int cut = s + MAX_SENTENCE;
            while (cut > s + MAX_SENTENCE / 2 && !isSpace(text.charAt(cut))) cut--;
            if (cut <= s + MAX_SENTENCE / 2) { // no space at all: cut anywhere but inside a surrogate pair
                cut = s + MAX_SENTENCE;
                if (Character.isLowSurrogate(text.charAt(cut))) cut--;
            }
            add(out, text, s, cut);
            s = cut;
            while (s < e && isSpace(text.charAt(s))) s++;
        }
        if (e > s) out.add(new Sentence(new Span(s, e)));
    }

    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']' || c == '\u00bb'
                || c == '}';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u2018' || c == '\'' || c == '\u00ab';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u202f';
    }
}
