package io.corroborate.corroborate;

import java.util.List;

/**
 * Values that differ in writing but agree once normalised (spelling, rounding, an organisation vs its
 * spokesperson): shown to the reader, never counted as a disagreement.
 */
public record Variant(String id, String kind, String slot, List<Side> sides, String reason) {
    public Variant {
        sides = List.copyOf(sides);
    }
}
