package io.corroborate.corroborate.coverage;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Coverage;
import java.util.ArrayList;
import java.util.List;

/**
 * What each article adds and leaves out, from the aligned claims.
 *
 * <p>Unique: claims whose only supporting article is this one. Omitted: claims this article does not
 * make although at least half of the other articles do (and never fewer than {@link #MIN_SUPPORT}), so a
 * fact one other outlet mentions is not held against anyone. Both lists keep claim order. Stateless.
 */
public final class CoverageAnalyzer {
    /** A claim needs at least this many supporting articles before leaving it out counts as an omission. */
    public static final int MIN_SUPPORT = 2;

    public List<Coverage> analyze(List<AnnotatedArticle> articles, List<Claim> claims) {
        int others = Math.max(0, articles.size() - 1);
        int wellSupported = Math.max(MIN_SUPPORT, (others + 1) / 2);
        List<Coverage> out = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            List<String> unique = new ArrayList<>();
            List<String> omitted = new ArrayList<>();
            for (Claim c : claims) {
                boolean makes = c.articles().contains(a.id());
                if (makes && c.articles().size() == 1) unique.add(c.id());
                else if (!makes && c.articles().size() >= wellSupported) omitted.add(c.id());
            }
            out.add(new Coverage(a.id(), unique, omitted));
        }
        return out;
    }
}
