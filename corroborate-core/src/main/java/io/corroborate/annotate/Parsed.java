package io.corroborate.annotate;

import java.util.List;

/** The base layers every tagger needs: text, its sentences and its tokens. */
public record Parsed(String text, List<Sentence> sentences, List<Token> tokens) {
    public Parsed {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }
}
