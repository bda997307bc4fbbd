package io.corroborate.corroborate;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.corroborate.claim.ClaimAligner;
import io.corroborate.corroborate.conflict.ConflictDetector;
import io.corroborate.corroborate.coverage.CoverageAnalyzer;
import io.corroborate.corroborate.provenance.QuoteProvenance;
import io.corroborate.corroborate.summary.Summarizer;
import io.corroborate.corroborate.timeline.TimelineBuilder;
import java.util.ArrayList;
import java.util.List;

/** Assembles the corroboration stages over one story's annotated articles. Stateless, thread-safe. */
public final class Corroborator {
    /** Summary length bounds (the report shows five to ten best-supported claims). */
    public static final int SUMMARY_MAX = 10;

    private final ClaimAligner aligner = new ClaimAligner();
    private final QuoteProvenance provenance = new QuoteProvenance();
    private final ConflictDetector conflicts = new ConflictDetector();
    private final CoverageAnalyzer coverage = new CoverageAnalyzer();
    private final Summarizer summarizer = new Summarizer();
    private final TimelineBuilder timeline = new TimelineBuilder();

    /**
     * Whether the rules can analyse the article: they are written for English, so an article detected as
     * another language is listed in the dossier but not analysed. Unknown language counts as English.
     */
    public static boolean analysable(io.corroborate.text.Article article) {
        return article.language() == null || article.language().equals("en");
    }

    public Dossier corroborate(List<AnnotatedArticle> articles, List<String> warnings) {
        return corroborate(articles, List.of(), warnings);
    }

    /**
     * @param notAnalysed articles read but not analysed (another language): listed with {@code analysed=false}
     *                    and a warning, so the reader knows they were left out
     */
    public Dossier corroborate(List<AnnotatedArticle> articles, List<io.corroborate.text.Article> notAnalysed,
                               List<String> warnings) {
        List<Claim> claims = aligner.align(articles);
        List<QuoteGroup> quotes = provenance.group(articles);
        Disagreements dis = conflicts.detect(articles, claims, quotes);
        List<ArticleInfo> infos = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            var art = a.article();
            infos.add(new ArticleInfo(art.id(), art.path(), art.source(), art.title(), art.publishedIso(),
                    a.anchor().date() == null ? null : a.anchor().date().toString(), a.anchor().source(),
                    art.language(), true));
        }
        List<String> allWarnings = new ArrayList<>(warnings);
        for (var art : notAnalysed) {
            infos.add(new ArticleInfo(art.id(), art.path(), art.source(), art.title(), art.publishedIso(), null,
                    "none", art.language(), false));
            allWarnings.add(art.path() + ": language '" + art.language() + "', not analysed (the rules are for English)");
        }
        return new Dossier(infos, summarizer.summarize(claims, SUMMARY_MAX), claims, dis.conflicts(),
                dis.variants(), quotes, coverage.analyze(articles, claims), timeline.build(articles, claims), allWarnings);
    }
}
