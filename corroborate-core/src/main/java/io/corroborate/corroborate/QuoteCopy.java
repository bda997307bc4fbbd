package io.corroborate.corroborate;

import io.corroborate.text.Span;
import java.util.List;

/**
 * One article's copy of a quote.
 *
 * @param form     "verbatim", "trimmed" (a contiguous part of the longest copy) or "altered"
 * @param changed  for an altered copy, the words that differ from the canonical text
 * @param speaker  who this article credits, as written, or null
 * @param speakerCanonical the resolved full name, or null
 * @param speakerInferred true when the article does not name the speaker with the quote: it was inferred from
 *                 earlier context (an annotation's {@code floating} quote), so a reader should weigh it as a guess
 * @param cue      the attributing words, or null
 */
public record QuoteCopy(String articleId, Span span, String text, String form, List<String> changed,
                        String speaker, String speakerCanonical, boolean speakerInferred, String cue) {
    public QuoteCopy {
        changed = List.copyOf(changed);
    }
}
