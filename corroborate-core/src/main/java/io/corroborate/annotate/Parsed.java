package io.corroborate.annotate;

import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;

/** The base layers every tagger needs: text, its sentences and its tokens. */
public record Parsed(String text, List<Sentence> sentences, List<Token> tokens) {
    public Parsed {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    /**
     * Where pattern taggers look: the sentences, runs of them on one line joined (so an abbreviation that
     * the splitter took for a sentence end does not cut "Mar. 18" in two), and any text before the first
     * sentence.
     */
    public List<Span> lineRuns() {
        List<Span> out = new ArrayList<>();
        int firstStart = sentences.isEmpty() ? text.length() : sentences.get(0).span().start();
        if (!text.substring(0, firstStart).isBlank()) out.add(new Span(0, firstStart));
        int s = -1, e = -1;
        for (Sentence sent : sentences) {
            Span sp = sent.span();
            if (s >= 0 && sp.start() >= e && text.substring(e, sp.start()).indexOf('\n') < 0) {
                e = Math.max(e, sp.end());
                continue;
            }
            if (s >= 0) out.add(new Span(s, e));
            s = sp.start();
            e = sp.end();
        }
        if (s >= 0) out.add(new Span(s, e));
        return out;
    }
}
