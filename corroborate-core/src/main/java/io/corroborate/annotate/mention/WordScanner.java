package io.corroborate.annotate.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a sentence into {@link Word}s. Kept inside the mention package so the rules see the same words
 * whatever the pipeline's tokenizer does with possessives and abbreviations.
 */
final class WordScanner {
    /** Abbreviations that keep their dot. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
            "col", "lt", "capt", "adm", "sgt", "rev", "prof", "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros",
            "mt", "ft", "no", "vs", "mx", "cmdr", "maj", "cpl", "pres", "supt", "atty", "hon", "messrs");

    private WordScanner() {
    }

    static List<Word> scan(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                if (isApostrophe(c) && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                    out.add(word(text, i, i + 2));
                    i += 2;
                } else {
                    out.add(word(text, i, i + 1));
                    i++;
                }
                continue;
            }
            int j = i + 1;
            int segment = 1; // letters since the last inner dot
            boolean dotted = false;
            while (j < to) {
                char d = text.charAt(j);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    j++;
                    segment++;
                } else if (j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))
                        && (d == '-' || d == '&' || d == '\u2011'
                            || (isApostrophe(d) && !possessiveAt(text, j, to))
                            || (d == '.' && segment <= 2 && Character.isLetter(text.charAt(j + 1)))
                            || ((d == ',' || d == '.') && Character.isDigit(text.charAt(j - 1))
                                && Character.isDigit(text.charAt(j + 1))))) {
                    dotted |= d == '.';
                    j++;
                    segment = 0;
                } else {
                    break;
                }
            }
            if (j < to && text.charAt(j) == '.') {
                String core = text.substring(i, j).toLowerCase(Locale.ROOT);
                boolean initial = j - i == 1 && Character.isUpperCase(c);
                if (initial || dotted || ABBREVIATIONS.contains(core)) j++;
            }
            out.add(word(text, i, j));
            i = j;
        }
        return out;
    }

    private static boolean possessiveAt(String text, int j, int to) {
        return j + 1 < to && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                && (j + 2 >= to || !Character.isLetterOrDigit(text.charAt(j + 2)));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static Word word(String text, int s, int e) {
        String t = text.substring(s, e);
        return new Word(s, e, t, t.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
}
