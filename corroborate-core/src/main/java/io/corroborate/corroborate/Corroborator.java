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

    public Dossier corroborate(List<AnnotatedArticle> articles, List<String> warnings) {
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
        return new Dossier(infos, summarizer.summarize(claims, SUMMARY_MAX), claims, dis.conflicts(),
                dis.variants(), quotes, coverage.analyze(articles, claims), timeline.build(articles, claims), warnings);
    }
}
