package io.corroborate.corroborate.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Annotator;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Coverage;
import io.corroborate.text.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageAnalyzerTest {
    static List<AnnotatedArticle> articles(String... ids) {
        return Annotator.standard().annotateStory(java.util.Arrays.stream(ids).map(id -> Article.of(id, "")).toList());
    }

    static Claim claim(String id, String... articles) {
        return new Claim(id, "text", List.of(), List.of(articles), "verbatim");
    }

    @Test
    void uniqueAndOmittedClaimsPerArticle() {
        List<AnnotatedArticle> arts = articles("a", "b", "c", "d", "e");
        List<Claim> claims = List.of(claim("c1", "a", "b", "c", "d"), claim("c2", "a", "b"),
                claim("c3", "c"), claim("c4", "e"));
        List<Coverage> cov = new CoverageAnalyzer().analyze(arts, claims);
        assertEquals(List.of("a", "b", "c", "d", "e"), cov.stream().map(Coverage::articleId).toList());
        assertEquals(List.of("c3"), cov.get(2).unique());
        assertEquals(List.of(), cov.get(0).omitted());
        // four other articles: a claim two of them make counts as well supported
        assertEquals(List.of("c2"), cov.get(2).omitted());
        assertEquals(List.of("c4"), cov.get(4).unique());
        assertEquals(List.of("c1", "c2"), cov.get(4).omitted());
    }

    @Test
    void aClaimOfOneOtherArticleIsNeverAnOmission() {
        List<Coverage> cov = new CoverageAnalyzer().analyze(articles("a", "b"), List.of(claim("c1", "a")));
        assertEquals(List.of(), cov.get(1).omitted());
        assertEquals(List.of("c1"), cov.get(0).unique());
    }
}
