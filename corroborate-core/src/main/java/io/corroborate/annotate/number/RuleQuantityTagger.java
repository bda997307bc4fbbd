package io.corroborate.annotate.number;

import io.corroborate.annotate.Parsed;
import io.corroborate.annotate.Quantity;
import io.corroborate.annotate.QuantityTagger;
import java.util.List;

/** Placeholder: finds nothing yet. */
public final class RuleQuantityTagger implements QuantityTagger {
    @Override
    public List<Quantity> tag(Parsed parsed) {
        return List.of();
    }
}
