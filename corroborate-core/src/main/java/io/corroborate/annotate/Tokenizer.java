package io.corroborate.annotate;

import java.util.List;

/** Tokens of every sentence, in order. Thread-safe. */
public interface Tokenizer {
    List<Token> tokenize(String text, List<Sentence> sentences);
}
