package io.corroborate.annotate;

import io.corroborate.text.Span;

/**
 * A mention of a person, organisation or place.
 *
 * @param span   the mention itself, without a preceding title ("Karoline Leavitt")
 * @param text   covered text
 * @param entity id shared by every mention of the same entity in the article (e.g. "e3")
 * @param canonical the fullest name the article gives that entity ("Karoline Leavitt" for "Leavitt")
 * @param role   title or role the text gives ("Press Secretary", "Russian President"), or null
 * @param roleSpan where that role is written, or null
 */
public record Mention(Span span, String text, EntityType type, MentionKind kind, String entity,
                      String canonical, String role, Span roleSpan) {
}
