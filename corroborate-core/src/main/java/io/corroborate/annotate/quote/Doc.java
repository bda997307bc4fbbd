package io.corroborate.annotate.quote;

import io.corroborate.annotate.Parsed;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Token;
import io.corroborate.text.Span;
import java.util.List;

/**
 * Index arrays over one article for the quote rules: tokens, the sentence and paragraph of each token, and
 * the quotation run each token lies in. Built once per article in linear time; never shared between threads.
 */
final class Doc {
    final String text;
    final Token[] tok;
    final String[] word;
    /** Token range [sentStart[s], sentEnd[s]) of sentence s. */
    final int[] sentStart;
    final int[] sentEnd;
    final int[] sentOf;
    /** Paragraph number of each sentence (a line break starts a new paragraph). */
    final int[] paraOfSent;
    final List<QuoteMarks.Run> runs;
    /** Index into {@link #runs} of the quotation the token lies in (marks included), else -1. */
    final int[] runOf;
    /** True when the token is a double quotation mark. */
    final boolean[] mark;

    Doc(Parsed parsed) {
        this.text = parsed.text();
        List<Token> tokens = parsed.tokens();
        List<Sentence> sentences = parsed.sentences();
        int n = tokens.size();
        tok = tokens.toArray(new Token[0]);
        word = new String[n];
        for (int i = 0; i < n; i++) word[i] = tok[i].text();
        int ns = sentences.size();
        sentStart = new int[ns];
        sentEnd = new int[ns];
        paraOfSent = new int[ns];
        sentOf = new int[n];
        int t = 0;
        int para = 0;
        int prevEnd = 0;
        for (int s = 0; s < ns; s++) {
            Span sp = sentences.get(s).span();
            for (int c = prevEnd; c < sp.start(); c++) {
                char ch = text.charAt(c);
                if (ch == '\n' || ch == '\r' || ch == '\u2028' || ch == '\u2029') {
                    para++; // one paragraph break per gap, however many blank lines
                    break;
                }
            }
            prevEnd = sp.end();
            paraOfSent[s] = para;
            while (t < n && tok[t].span().start() < sp.start()) t++;
            sentStart[s] = t;
            while (t < n && tok[t].span().end() <= sp.end()) sentOf[t++] = s;
            sentEnd[s] = t;
        }
        runs = QuoteMarks.find(text);
        runOf = new int[n];
        mark = new boolean[n];
        int r = 0;
        for (int i = 0; i < n; i++) {
            Span sp = tok[i].span();
            while (r < runs.size() && runs.get(r).outer().end() <= sp.start()) r++;
            runOf[i] = r < runs.size() && runs.get(r).outer().start() <= sp.start() ? r : -1;
            mark[i] = QuoteMarks.markLength(text, sp.start()) == sp.length() || isMarkToken(word[i]);
        }
    }

    private static boolean isMarkToken(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("''") || w.equals("«") || w.equals("»");
    }

    int size() {
        return tok.length;
    }

    int start(int i) {
        return tok[i].span().start();
    }

    int end(int i) {
        return tok[i].span().end();
    }

    int paragraph(int token) {
        return paraOfSent[sentOf[token]];
    }
}
