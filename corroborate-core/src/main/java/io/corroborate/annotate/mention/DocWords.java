package io.corroborate.annotate.mention;

import io.corroborate.annotate.Parsed;
import io.corroborate.annotate.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An article's words by sentence, with the document-wide evidence the rules use to tell names from
 * capitalised ordinary words: which words the article writes in lower case, and which it capitalises
 * in mid-sentence.
 */
final class DocWords {
    final String text;
    final List<List<Word>> sentences = new ArrayList<>();
    /** Title-case lines (headlines), where capitals say little. */
    final List<Boolean> headline = new ArrayList<>();
    final Set<String> seenLower = new HashSet<>();
    final Set<String> seenCapitalisedMid = new HashSet<>();

    DocWords(Parsed parsed) {
        this.text = parsed.text();
        for (Sentence s : parsed.sentences()) {
            List<Word> words = WordScanner.scan(text, s.span().start(), s.span().end());
            sentences.add(words);
            headline.add(isHeadline(words));
        }
        for (int si = 0; si < sentences.size(); si++) {
            if (headline.get(si)) continue;
            List<Word> words = sentences.get(si);
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (!w.isWord()) continue;
                if (Character.isLowerCase(w.text().charAt(0))) seenLower.add(w.lower());
                else if (w.isCapitalised() && !initial(words, i)) seenCapitalisedMid.add(w.lower());
            }
        }
    }

    /** First word of its sentence, or first after an opening quote, bracket, colon or dash. */
    static boolean initial(List<Word> words, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Word p = words.get(k);
            if (p.isWord()) return false;
            String t = p.text();
            if (t.equals(":") || t.equals("\"") || t.equals("\u201c") || t.equals("(") || t.equals("[")
                    || t.equals("-") || t.equals("\u2014") || t.equals("\u2013") || t.equals("'")
                    || t.equals("\u2018") || t.equals(";")) {
                return true;
            }
            return false;
        }
        return true;
    }

    /** Title case: nearly every long word capitalised, with ordinary words making up at least 40% of them ("Boxes", "Search"). */
    private static boolean isHeadline(List<Word> words) {
        Lexicon lex = Lexicon.get();
        int longWords = 0, capitalised = 0, ordinary = 0;
        for (Word w : words) {
            if (!w.isWord() || w.text().length() < 4 || w.isNumber()) continue;
            longWords++;
            if (w.isCapitalised()) {
                capitalised++;
                if (lex.isCommon(w.lower())) ordinary++;
            }
        }
        return longWords >= 3 && ordinary >= 3 && ordinary * 10 >= longWords * 4 && capitalised * 10 >= longWords * 8;
    }
}
