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
 * @param cue      the attributing words, or null
 */
public record QuoteCopy(String articleId, Span span, String text, String form, List<String> changed,
                        String speaker, String speakerCanonical, String cue) {
    public QuoteCopy {
        changed = List.copyOf(changed);
    }
}
