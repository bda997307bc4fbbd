package io.corroborate.corroborate;

import java.util.List;

/** What conflict detection returns: real disagreements and harmless variants, kept apart. */
public record Disagreements(List<Conflict> conflicts, List<Variant> variants) {
    public Disagreements {
        conflicts = List.copyOf(conflicts);
        variants = List.copyOf(variants);
    }
}
