package io.corroborate.corroborate.conflict;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Disagreements;
import io.corroborate.corroborate.QuoteGroup;
import java.util.List;

/** Placeholder: finds nothing yet. */
public final class ConflictDetector {
    public Disagreements detect(List<AnnotatedArticle> articles, List<Claim> claims, List<QuoteGroup> quotes) {
        return new Disagreements(List.of(), List.of());
    }
}
