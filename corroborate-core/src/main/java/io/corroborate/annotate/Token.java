package io.corroborate.annotate;

import io.corroborate.text.Span;

/**
 * One token.
 * @param tag part-of-speech tag (Penn) when a tagger ran, else null
 */
public record Token(Span span, String text, String tag) {
}
