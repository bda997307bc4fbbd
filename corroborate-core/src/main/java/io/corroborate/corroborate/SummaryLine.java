package io.corroborate.corroborate;

import java.util.List;

/** One summary sentence: a claim's verbatim text and the articles that support it. */
public record SummaryLine(String claimId, String text, List<String> articles) {
    public SummaryLine {
        articles = List.copyOf(articles);
    }
}
