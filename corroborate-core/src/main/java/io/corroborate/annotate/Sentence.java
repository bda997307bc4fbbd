package io.corroborate.annotate;

import io.corroborate.text.Span;

/** One sentence: its span in the article text. */
public record Sentence(Span span) {
    public String text(String articleText) {
        return span.of(articleText);
    }
}
