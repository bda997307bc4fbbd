package io.corroborate.corroborate.claim;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.text.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Story order of articles: by publication date (and time when the metadata gives one), undated articles
 * after dated ones, ties in input order. "Earliest article" everywhere in corroboration means first here.
 */
public final class ArticleOrder {
    private ArticleOrder() {
    }

    /** Input indices of {@code articles}, earliest first. */
    public static List<Integer> indices(List<AnnotatedArticle> articles) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) idx.add(i);
        Comparator<Integer> byDate = Comparator.comparing(i -> articles.get(i).article(), ArticleOrder::compare);
        idx.sort(byDate.thenComparing(Comparator.naturalOrder()));
        return idx;
    }

    /** Rank of every input index in story order: {@code rank[i]} is 0 for the earliest article. */
    public static int[] ranks(List<AnnotatedArticle> articles) {
        List<Integer> idx = indices(articles);
        int[] rank = new int[articles.size()];
        for (int r = 0; r < idx.size(); r++) rank[idx.get(r)] = r;
        return rank;
    }

    private static int compare(Article a, Article b) {
        if (a.published() == null || b.published() == null) {
            return Boolean.compare(a.published() == null, b.published() == null);
        }
        int c = a.published().compareTo(b.published());
        if (c != 0) return c;
        String x = a.publishedIso(), y = b.publishedIso();
        // only two date-times written alike compare finer than the day; otherwise input order decides
        if (x.length() != y.length()) return 0;
        return x.compareTo(y);
    }
}
