package io.corroborate.corroborate;

import java.util.List;

/**
 * One disagreement across articles: two or more sides giving different values for the same slot.
 *
 * @param id         stable id ("k1", ...)
 * @param kind       "date", "number", "name", "speaker", ...
 * @param slot       what it is about, in words from the text ("day of the phone call", "press secretary")
 * @param sides      two or more distinct values, each with its articles and evidence
 * @param confidence 0..1
 * @param reason     one line saying why these values disagree
 */
public record Conflict(String id, String kind, String slot, List<Side> sides, double confidence, String reason) {
    public Conflict {
        sides = List.copyOf(sides);
    }
}
