package io.corroborate.annotate.quote;

import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs double quotation marks into quoted runs, one linear pass. Stateless and thread-safe.
 *
 * <p>Marks: curly (“ ”), low (&#x201E;), guillemets (« »), straight ({@code "}) and doubled apostrophes
 * ({@code ''}, a typewriter double quote). Straight marks open or close by their neighbours (space before and a
 * word after opens), else by the state. Rules for bad input: a closing mark with nothing open is ignored; an
 * opening mark while one is open restarts the quote there (the earlier mark was stray) unless it is a straight
 * mark, which then closes; a quote left open at the end of a paragraph continues when the next paragraph opens
 * with a mark (the news convention for a quotation over several paragraphs), is kept to the paragraph end
 * when it opened the paragraph, and is dropped otherwise. Single quotation marks are not quotes here: they
 * nest inside double ones and double as apostrophes.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /**
     * One quotation: its content pieces (inside the marks, one per paragraph, trimmed) and its extent with
     * the marks.
     */
    record Run(List<Span> pieces, Span outer) {
        Run {
            pieces = List.copyOf(pieces);
        }

        Span inner() {
            return new Span(pieces.getFirst().start(), pieces.getLast().end());
        }
    }

    private enum Mark { OPEN, CLOSE, EITHER }

    static List<Run> find(String text) {
        List<Run> out = new ArrayList<>();
        int n = text.length();
        List<Span> pieces = new ArrayList<>();
        int outerStart = -1;   // first opening mark of the current run
        int open = -1;         // content start of the open piece, -1 when none is open
        int openMark = -1;     // its opening mark
        boolean openedParagraph = false;
        int paraStart = 0;
        int i = 0;
        while (i <= n) {
            if (i == n || isLineBreak(text.charAt(i))) {
                if (open >= 0) {
                    pieces.add(new Span(open, i));
                    // a quotation that opened mid-sentence ("was “historic") does not run on: a stray mark
                    if (startsWithMark(text, i) && !woven(text, openMark)) {
                        open = -1; // continues in the next paragraph
                    } else {
                        if (openedParagraph || pieces.size() > 1) { // whole paragraph quoted, closing mark missing
                            emit(out, text, pieces, outerStart, i);
                        }
                        pieces.clear();
                        open = -1;
                        outerStart = -1;
                    }
                } else if (!pieces.isEmpty() && !startsWithMark(text, i)) {
                    emit(out, text, pieces, outerStart, i); // a continued quote without its closing mark
                    pieces.clear();
                    outerStart = -1;
                }
                i++;
                paraStart = i;
                continue;
            }
            int len = markLength(text, i);
            if (len == 0) {
                i++;
                continue;
            }
            Mark mark = classify(text, i, len);
            if (open < 0) {
                if (mark != Mark.CLOSE) {
                    if (!pieces.isEmpty() && !onlySpaceBetween(text, paraStart, i)) {
                        // a continued quote whose paragraph did not reopen with the mark: end it
                        emit(out, text, pieces, outerStart, paraStart);
                        pieces.clear();
                    }
                    if (pieces.isEmpty()) outerStart = i;
                    open = i + len;
                    openMark = i;
                    openedParagraph = onlySpaceBetween(text, paraStart, i);
                }
            } else if (mark == Mark.OPEN && text.charAt(i) != '"' && text.charAt(i) != '\'') {
                // a curly opener while open: the earlier opener was stray, restart here
                pieces.clear();
                outerStart = i;
                open = i + len;
                openMark = i;
                openedParagraph = onlySpaceBetween(text, paraStart, i);
            } else {
                pieces.add(new Span(open, i));
                emit(out, text, pieces, outerStart, i + len);
                pieces.clear();
                open = -1;
                outerStart = -1;
            }
            i += len;
        }
        return out;
    }

    private static void emit(List<Run> out, String text, List<Span> pieces, int outerStart, int outerEnd) {
        List<Span> trimmed = new ArrayList<>();
        for (Span p : pieces) {
            int a = p.start(), b = p.end();
            while (a < b && QuoteMarks.isSpace(text.charAt(a))) a++;
            while (b > a && QuoteMarks.isSpace(text.charAt(b - 1))) b--;
            if (b > a) trimmed.add(new Span(a, b));
        }
        if (!trimmed.isEmpty() && outerStart >= 0) out.add(new Run(trimmed, new Span(outerStart, outerEnd)));
    }

    /** Length of a double quotation mark at i (1, or 2 for ''), else 0. */
    static int markLength(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\uff02' -> {
                return 1;
            }
            case '\'' -> {
                return i + 1 < text.length() && text.charAt(i + 1) == '\''
                        && (i + 2 >= text.length() || text.charAt(i + 2) != '\'') ? 2 : 0;
            }
            default -> {
                return 0;
            }
        }
    }

    private static Mark classify(String text, int i, int len) {
        char c = text.charAt(i);
        if (c == '\u201c' || c == '\u201e' || c == '\u201f' || c == '\u00ab') return Mark.OPEN;
        if (c == '\u201d' || c == '\u00bb') return Mark.CLOSE;
        boolean spaceBefore = i == 0 || QuoteMarks.isSpace(text.charAt(i - 1))
                || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
        boolean spaceAfter = i + len >= text.length() || QuoteMarks.isSpace(text.charAt(i + len));
        if (spaceBefore && !spaceAfter) return Mark.OPEN;
        if (!spaceBefore && (spaceAfter || ".,;:!?)]—–-".indexOf(text.charAt(i + len)) >= 0)) return Mark.CLOSE;
        return Mark.EITHER;
    }

    /** True when the paragraph after the line break at {@code i} opens with a quotation mark. */
    private static boolean startsWithMark(String text, int i) {
        int j = i;
        while (j < text.length() && QuoteMarks.isSpace(text.charAt(j))) j++;
        return j < text.length() && markLength(text, j) > 0 && text.charAt(j) != '\u201d' && text.charAt(j) != '\u00bb';
    }

    /** True when a word comes right before the mark at {@code markPos} (spaces skipped). */
    private static boolean woven(String text, int markPos) {
        int c = markPos - 1;
        while (c >= 0 && (text.charAt(c) == ' ' || text.charAt(c) == '\u00a0')) c--;
        return c >= 0 && Character.isLetterOrDigit(text.charAt(c));
    }

    private static boolean onlySpaceBetween(String text, int a, int b) {
        for (int k = a; k < b; k++) if (!QuoteMarks.isSpace(text.charAt(k))) return false;
        return true;
    }

    /** Whitespace including the no-break and zero-width spaces news text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u202f' || c == '\u2009';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
