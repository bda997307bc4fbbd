package io.corroborate.corroborate.provenance;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.corroborate.QuoteGroup;
import java.util.List;

/** Placeholder: groups nothing yet. */
public final class QuoteProvenance {
    public List<QuoteGroup> group(List<AnnotatedArticle> articles) {
        return List.of();
    }
}
