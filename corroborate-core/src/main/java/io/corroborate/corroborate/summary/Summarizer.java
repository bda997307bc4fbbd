package io.corroborate.corroborate.summary;

import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.SummaryLine;
import java.util.List;

/** Placeholder: the first claims. */
public final class Summarizer {
    public List<SummaryLine> summarize(List<Claim> claims, int max) {
        return claims.stream().limit(max).map(c -> new SummaryLine(c.id(), c.text(), c.articles())).toList();
    }
}
