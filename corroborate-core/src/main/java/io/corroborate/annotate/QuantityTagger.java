package io.corroborate.annotate;

import java.util.List;

/** Numbers with units and qualifiers. Thread-safe. */
public interface QuantityTagger {
    List<Quantity> tag(Parsed parsed);
}
