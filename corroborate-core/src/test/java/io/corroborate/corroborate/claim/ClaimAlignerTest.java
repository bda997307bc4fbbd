package io.corroborate.corroborate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Annotator;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Evidence;
import io.corroborate.text.Article;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimAlignerTest {
    static final String GAZETTE = """
            The harbour bridge in Port Alden will close for repairs on Monday after engineers found cracks in two steel cables.
            Mayor Ines Calder said the closure would last about three weeks.
            Ferries will run every twenty minutes while the bridge is shut.
            The local choir will sing at the reopening ceremony.
            """;
    static final String HERALD = """
            Engineers found cracks in two steel cables of the harbour bridge, which will close for repairs on Monday in Port Alden.
            Ferries will run every twenty minutes while the bridge is shut.
            The mayor expects the work to take roughly three weeks, her office said.
            Repair crews from Norden will arrive by train on Sunday evening.
            """;
    static final String COURIER = """
            Port Alden's harbour bridge closes on Monday for repairs after inspectors discovered cracked steel cables.
            Ferries will run every twenty minutes while the bridge is shut.
            Shop owners on the quay fear a quiet month.
            """;

    static List<AnnotatedArticle> story() {
        return Annotator.standard().annotateStory(List.of(
                Article.of("gazette", GAZETTE), Article.of("herald", HERALD), Article.of("courier", COURIER)));
    }

    static Claim claimWith(List<Claim> claims, String words) {
        return claims.stream().filter(c -> c.support().stream().anyMatch(e -> e.text().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no claim with: " + words));
    }

    @Test
    void verbatimSentenceInThreeArticlesIsOneClaim() {
        List<Claim> claims = new ClaimAligner().align(story());
        Claim ferries = claimWith(claims, "Ferries will run");
        assertEquals(List.of("gazette", "herald", "courier"), ferries.articles());
        assertEquals("verbatim", ferries.match());
        assertEquals(3, ferries.support().size());
    }

    @Test
    void reorderedSentenceIsAlignedWithTheOriginal() {
        List<Claim> claims = new ClaimAligner().align(story());
        Claim cables = claimWith(claims, "cracks in two steel cables");
        assertTrue(cables.articles().containsAll(List.of("gazette", "herald")), cables.toString());
        assertTrue(List.of("near-verbatim", "paraphrase").contains(cables.match()));
    }

    @Test
    void factsOnlyOneArticleGivesStayUnique() {
        List<Claim> claims = new ClaimAligner().align(story());
        assertEquals(List.of("herald"), claimWith(claims, "arrive by train").articles());
        assertEquals(List.of("gazette"), claimWith(claims, "choir").articles());
        assertEquals(List.of("courier"), claimWith(claims, "Shop owners").articles());
    }

    @Test
    void claimsAreOrderedBySupportWithSequentialIds() {
        List<Claim> claims = new ClaimAligner().align(story());
        for (int i = 0; i < claims.size(); i++) {
            assertEquals("c" + (i + 1), claims.get(i).id());
            if (i > 0) assertTrue(claims.get(i - 1).articles().size() >= claims.get(i).articles().size());
        }
    }

    @Test
    void everyClaimHasAtMostOneSentencePerArticleAndExactOffsets() {
        List<AnnotatedArticle> story = story();
        for (Claim c : new ClaimAligner().align(story)) {
            assertEquals(c.support().size(), new HashSet<>(c.articles()).size(), c.toString());
            assertEquals(c.articles().size(), c.support().size());
            for (Evidence e : c.support()) {
                String text = story.stream().filter(a -> a.id().equals(e.articleId())).findFirst().orElseThrow().text();
                assertEquals(e.text(), e.sentence().of(text));
            }
            assertTrue(c.support().stream().anyMatch(e -> e.text().equals(c.text())));
        }
    }

    @Test
    void unrelatedSentencesSharingOnlyNamesAreNotAligned() {
        List<Claim> claims = new ClaimAligner().align(story());
        assertEquals(1, claimWith(claims, "Shop owners").support().size());
        assertEquals(1, claimWith(claims, "choir").support().size());
    }

    @Test
    void evidenceListsTheEarliestPublishedArticleFirst() {
        List<AnnotatedArticle> story = Annotator.standard().annotateStory(List.of(
                Article.of("late", GAZETTE).withPublished(LocalDate.of(2031, 5, 3)),
                Article.of("early", COURIER).withPublished(LocalDate.of(2031, 5, 2))));
        Claim ferries = claimWith(new ClaimAligner().align(story), "Ferries will run");
        assertEquals(List.of("early", "late"), ferries.articles());
    }

    @Test
    void emptyStoryAndEmptyArticlesGiveNoClaims() {
        assertEquals(List.of(), new ClaimAligner().align(List.of()));
        assertEquals(List.of(), new ClaimAligner().align(Annotator.standard().annotateStory(
                List.of(Article.of("blank", ""), Article.of("blank2", "  \n ")))));
    }

    @Test
    void alignmentIsDeterministic() {
        assertEquals(new ClaimAligner().align(story()), new ClaimAligner().align(story()));
    }
}
