package io.corroborate.annotate.sentence;

import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Token;
import io.corroborate.annotate.Tokenizer;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based tokenizer over each sentence's span. Stateless and thread-safe; linear in the text.
 *
 * <p>Tokens: URLs and e-mail addresses whole; numbers with their separators, currency sign and unit letters
 * whole ("2.5", "1,987", "$4.9m", "10:30", "1990s"); dotted initialisms and known abbreviations with their
 * period ("U.S.", "Gov.", "J."); words with inner hyphens, apostrophes and ampersands ("guest-hosting",
 * "O'Brien", "AT&T"), where an English clitic is split off as in the Penn Treebank ("Trump" + "’s",
 * "do" + "n't") so that a name is its own token; "...", "--" and "''" as one token; every other non-space
 * character alone. {@link Token#tag()} is null (no part-of-speech tagger runs).
 */
public final class RuleTokenizer implements Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:https?://|www\\.)[^\\s\"“”<>]*[^\\s\"“”<>.,;:!?)\\]'’]"          // URL
            + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"                                    // e-mail
            + "|[$€£¥]?\\d+(?:[.,:/]\\d+)*[\\p{L}]*"                                // number, money, 3pm
            + "|\\p{L}(?:\\.\\p{L})+\\.?"                                             // U.S.  a.m.
            + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’&][\\p{L}\\p{M}\\p{N}]+)*" // word
            + "|\\.{2,}|-{2,}|''"                                                    // ... -- ''(a double quote)
            + "|[^\\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]");      // any other mark; Unicode spaces are no token

    @Override
    public List<Token> tokenize(String text, List<Sentence> sentences) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        for (Sentence s : sentences) {
            m.region(s.span().start(), s.span().end());
            while (m.find()) {
                int a = m.start(), b = m.end();
                if (Character.isLetter(text.charAt(a))) {
                    // word + abbreviation period ("Gov.", "J.")
                    if (b < s.span().end() && text.charAt(b) == '.' && Abbreviations.of(text.substring(a, b))
                            != Abbreviations.Kind.NONE && !Abbreviations.isDotted(text.substring(a, b))) {
                        add(out, text, a, b + 1);
                        m.region(b + 1, s.span().end());
                        continue;
                    }
                    int clitic = cliticStart(text, a, b);
                    if (clitic > a) {
                        add(out, text, a, clitic);
                        add(out, text, clitic, b);
                        continue;
                    }
                }
                add(out, text, a, b);
            }
        }
        return out;
    }

    /** Where an English clitic ('s 're 've 'll 'd 'm n't) starts in the word [a, b), or a when none. */
    static int cliticStart(String text, int a, int b) {
        int len = b - a;
        if (len >= 4 && isApostrophe(text.charAt(b - 2)) && (text.charAt(b - 3) == 'n' || text.charAt(b - 3) == 'N')
                && (text.charAt(b - 1) == 't' || text.charAt(b - 1) == 'T')) {
            return b - 3;
        }
        for (int k = 2; k <= 3; k++) {
            int ap = b - k;
            if (ap <= a || !isApostrophe(text.charAt(ap))) continue;
            String tail = text.substring(ap + 1, b).toLowerCase(java.util.Locale.ROOT);
            if (k == 2 && (tail.equals("s") || tail.equals("d") || tail.equals("m"))) return ap;
            if (k == 3 && (tail.equals("re") || tail.equals("ve") || tail.equals("ll"))) return ap;
        }
        return a;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static void add(List<Token> out, String text, int a, int b) {
        out.add(new Token(new Span(a, b), text.substring(a, b), null));
    }
}
