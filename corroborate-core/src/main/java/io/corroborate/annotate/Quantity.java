package io.corroborate.annotate;

import io.corroborate.text.Span;

/**
 * A number with what it counts or measures.
 *
 * @param value     numeric value ("2.5" -> 2.5, "two" -> 2, "$4.9m" -> 4900000)
 * @param unit      unit or counted noun, lemmatised lower-case ("hour", "prisoner", "usd"), or null
 * @param qualifier "more than", "about", "up to", "at least", ... or null
 * @param unitSpan  where the unit word is, or null
 */
public record Quantity(Span span, String text, double value, String unit, String qualifier, Span unitSpan) {
}
