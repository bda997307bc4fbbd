package io.corroborate.annotate;

import java.util.List;

/** Splits text into sentences; spans cover the text in order, without leading/trailing whitespace. Thread-safe. */
public interface SentenceSplitter {
    List<Sentence> split(String text);
}
