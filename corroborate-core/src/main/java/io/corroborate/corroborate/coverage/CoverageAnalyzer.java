package io.corroborate.corroborate.coverage;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Coverage;
import java.util.List;

/** Placeholder: reports nothing yet. */
public final class CoverageAnalyzer {
    public List<Coverage> analyze(List<AnnotatedArticle> articles, List<Claim> claims) {
        return articles.stream().map(a -> new Coverage(a.id(), List.of(), List.of())).toList();
    }
}
