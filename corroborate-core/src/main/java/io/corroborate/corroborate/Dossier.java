package io.corroborate.corroborate;

import java.util.List;

/**
 * Everything Corroborate says about one story. The JSON form uses these field names; only
 * {@code conflicts} has "conflict" in its name.
 */
public record Dossier(List<ArticleInfo> articles, List<SummaryLine> summary, List<Claim> claims,
                      List<Conflict> conflicts, List<Variant> variants, List<QuoteGroup> quotes,
                      List<Coverage> coverage, List<TimelineEntry> timeline, List<String> warnings) {
    public Dossier {
        articles = List.copyOf(articles);
        summary = List.copyOf(summary);
        claims = List.copyOf(claims);
        conflicts = List.copyOf(conflicts);
        variants = List.copyOf(variants);
        quotes = List.copyOf(quotes);
        coverage = List.copyOf(coverage);
        timeline = List.copyOf(timeline);
        warnings = List.copyOf(warnings);
    }
}
