package io.corroborate.render;

import io.corroborate.corroborate.ArticleInfo;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Coverage;
import io.corroborate.corroborate.Dossier;
import io.corroborate.corroborate.Evidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Look-ups the human-readable renderers share: articles by id, which claims each article supports, the
 * story's headline, the part of an evidence sentence to highlight, and which warnings name which article.
 */
final class DossierView {
    final Dossier dossier;
    final Map<String, ArticleInfo> articles = new LinkedHashMap<>();
    final Map<String, Set<String>> claimsByArticle = new HashMap<>();
    final Map<String, Set<String>> uniqueByArticle = new HashMap<>();
    final Map<String, Set<String>> omittedByArticle = new HashMap<>();

    DossierView(Dossier dossier) {
        this.dossier = dossier;
        for (ArticleInfo a : dossier.articles()) articles.put(a.id(), a);
        for (Claim c : dossier.claims()) {
            for (String id : c.articles()) claimsByArticle.computeIfAbsent(id, k -> new HashSet<>()).add(c.id());
        }
        for (Coverage cov : dossier.coverage()) {
            uniqueByArticle.put(cov.articleId(), new HashSet<>(cov.unique()));
            omittedByArticle.put(cov.articleId(), new HashSet<>(cov.omitted()));
        }
    }

    /** The outlet name of an article id (the id itself when unknown). */
    String source(String articleId) {
        ArticleInfo a = articles.get(articleId);
        return a == null || a.source() == null ? articleId : a.source();
    }

    /** The first headline among the articles, or null. */
    String headline() {
        for (ArticleInfo a : dossier.articles()) if (a.title() != null && !a.title().isBlank()) return a.title();
        return null;
    }

    /** Claims for the coverage grid: those made by two or more articles, then single-article ones. */
    List<Claim> gridClaims(int max) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : dossier.claims()) if (c.articles().size() > 1 && out.size() < max) out.add(c);
        for (Claim c : dossier.claims()) if (c.articles().size() <= 1 && out.size() < max) out.add(c);
        return out;
    }

    /** Warnings that name this article's path or id. */
    List<String> warningsFor(ArticleInfo a) {
        List<String> out = new ArrayList<>();
        for (String w : dossier.warnings()) {
            if ((a.path() != null && w.startsWith(a.path() + ":")) || w.startsWith(a.id() + ":")) out.add(w);
        }
        return out;
    }

    /**
     * The evidence sentence cut around its highlight: {before, highlighted, after}; the highlight is empty
     * when there is none or it does not lie inside the sentence.
     */
    static String[] split(Evidence e) {
        String text = e.text() == null ? "" : e.text();
        if (e.highlight() == null || e.sentence() == null) return new String[] {text, "", ""};
        int from = e.highlight().start() - e.sentence().start();
        int to = e.highlight().end() - e.sentence().start();
        if (from < 0 || to > text.length() || from >= to) return new String[] {text, "", ""};
        return new String[] {text.substring(0, from), text.substring(from, to), text.substring(to)};
    }
}
