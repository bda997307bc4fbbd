package io.corroborate.corroborate.provenance;

import java.util.BitSet;

/**
 * Which characters of an article lie inside double quotation marks. Curly marks open and close; a straight
 * mark opens when the state is outside, closes otherwise; a line break ends an unclosed quotation (news
 * style reopens a quote that runs on in the next paragraph). Single quotes are ignored: they are apostrophes
 * far more often than quotation marks.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    static BitSet inside(String text) {
        BitSet in = new BitSet(text.length());
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) in.set(open, i);
                open = -1;
            } else if (c == '\u201c' || c == '\u201e' || (c == '"' && open < 0)) {
                if (open >= 0 && c != '"') in.set(open, i); // a second opening mark: the first was never closed
                open = i + 1;
            } else if ((c == '\u201d' || c == '"') && open >= 0) {
                in.set(open, i);
                open = -1;
            }
        }
        if (open >= 0) in.set(open, text.length());
        return in;
    }
}
