package io.corroborate.annotate;

import io.corroborate.text.Span;
import java.util.List;

/**
 * Something a source said.
 *
 * @param span     the content (inside the quotation marks for direct and partial quotes); for a quote split by
 *                 its attribution ("A," he said. "B.") the span runs from A's start to B's end and
 *                 {@code parts} lists the pieces
 * @param parts    the content pieces, in order (one piece for an unsplit quote)
 * @param speaker  who said it, or null when the text names nobody
 * @param cue      the attributing words ("said", "according to"), or null
 * @param floating true when the speaker was inferred from earlier context, not named in the quote's own sentence
 */
public record Quote(Span span, List<Span> parts, String text, QuoteKind kind, Speaker speaker, Cue cue,
                    boolean floating) {
    public Quote {
        parts = parts == null || parts.isEmpty() ? List.of(span) : List.copyOf(parts);
    }

    /**
     * @param span      the speaker mention in the attribution itself ("he", "Leavitt", "the readout")
     * @param entity    the mention's entity id, or null
     * @param canonical the resolved full name ("Karoline Leavitt" for "she"), or the text itself
     * @param type      what kind of source it is
     */
    public record Speaker(Span span, String text, String entity, String canonical, EntityType type) {
    }

    public record Cue(Span span, String text) {
    }
}
