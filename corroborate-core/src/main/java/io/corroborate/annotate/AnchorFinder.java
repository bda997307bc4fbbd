package io.corroborate.annotate;

import java.time.LocalDate;
import java.util.Optional;

/** Finds a date an article's own text states that can anchor its relative expressions. Thread-safe. */
public interface AnchorFinder {
    Optional<LocalDate> find(Parsed parsed);
}
