package io.corroborate.annotate.time;

import io.corroborate.annotate.AnchorFinder;
import io.corroborate.annotate.Parsed;
import java.time.LocalDate;
import java.util.Optional;

/** Placeholder: finds nothing yet. */
public final class RuleAnchorFinder implements AnchorFinder {
    @Override
    public Optional<LocalDate> find(Parsed parsed) {
        return Optional.empty();
    }
}
