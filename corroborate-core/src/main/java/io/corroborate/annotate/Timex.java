package io.corroborate.annotate;

import io.corroborate.text.Span;
import java.time.LocalDate;

/**
 * A time expression.
 *
 * @param value TIMEX3 value ("2025-03-18", "2025-W12", "2025-03", "P30D", "PRESENT_REF"), or null when unresolved
 * @param date  the calendar day when the value names exactly one day, else null
 */
public record Timex(Span span, String text, TimexType type, String value, LocalDate date) {
}
