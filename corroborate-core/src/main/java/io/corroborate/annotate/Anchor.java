package io.corroborate.annotate;

import java.time.LocalDate;

/**
 * The date relative expressions ("Tuesday", "last week") are resolved against, and where it came from.
 *
 * @param source "metadata" (article or sidecar), "text" (a date the article states), "story" (other
 *               articles of the same story), or "none"
 */
public record Anchor(LocalDate date, String source) {
    public static final Anchor NONE = new Anchor(null, "none");
}
