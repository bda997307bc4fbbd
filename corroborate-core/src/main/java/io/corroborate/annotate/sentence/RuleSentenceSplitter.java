package io.corroborate.annotate.sentence;

import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.SentenceSplitter;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;

/** Placeholder splitter: line breaks and ". " boundaries. To be replaced by the real rules. */
public final class RuleSentenceSplitter implements SentenceSplitter {
    @Override
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0, n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n || text.charAt(i) == '\n'
                    || (i > 0 && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '?' || text.charAt(i - 1) == '!')
                        && text.charAt(i) == ' ');
            if (end) {
                int s = start, e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (e > s) out.add(new Sentence(new Span(s, e)));
                start = i + 1;
            }
        }
        return out;
    }
}
