package io.corroborate.corroborate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Annotator;
import io.corroborate.corroborate.Claim;
import io.corroborate.text.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 2's claims on the five seed reports (read in place; skipped when the shared data is absent). */
class ClaimsOnSeedsTest {
    static List<Claim> claims;

    @BeforeAll
    static void align() throws IOException {
        String root = System.getProperty("corroborate.root");
        Path seeds = root == null ? null : Path.of(root, "..", "shared", "corpora", "seeds");
        assumeTrue(seeds != null && Files.isDirectory(seeds), "seed corpus not present");
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Article.of(p.getFileName().toString().replace(".txt", ""), Files.readString(p)));
            }
        }
        List<AnnotatedArticle> story = Annotator.standard().annotateStory(articles);
        claims = new ClaimAligner().align(story);
    }

    static List<Claim> mentioning(String... words) {
        return claims.stream().filter(c -> c.support().stream().anyMatch(e -> {
            String t = e.text().toLowerCase(java.util.Locale.ROOT);
            for (String w : words) if (!t.contains(w)) return false;
            return true;
        })).toList();
    }

    @Test
    void readoutSentencesAreSharedByAtLeastThreeOutlets() {
        long shared = claims.stream().filter(c -> c.articles().size() >= 3).count();
        assertTrue(shared >= 4, "claims of three or more outlets: " + shared);
        assertTrue(mentioning("lasting peace").stream().anyMatch(c -> c.articles().size() >= 3));
        assertTrue(mentioning("maritime ceasefire", "black sea").stream().anyMatch(c -> c.articles().size() >= 3));
    }

    @Test
    void prisonerExchangeAndHockeyMatchesAreUniqueClaims() {
        List<Claim> prisoners = mentioning("175");
        List<Claim> hockey = mentioning("hockey");
        assertEquals(1, prisoners.size());
        assertEquals(1, hockey.size());
        assertEquals(1, prisoners.get(0).articles().size());
        assertEquals(1, hockey.get(0).articles().size());
    }
}
