package io.corroborate.annotate;

import java.time.LocalDate;
import java.util.List;

/** Time expressions resolved against {@code anchor} (null: leave relative ones unresolved). Thread-safe. */
public interface TimexTagger {
    List<Timex> tag(Parsed parsed, LocalDate anchor);
}
