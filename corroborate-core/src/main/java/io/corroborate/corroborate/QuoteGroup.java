package io.corroborate.corroborate;

import java.util.List;

/**
 * The same quote across articles.
 *
 * @param text     the fullest copy, verbatim
 * @param speakers the distinct speakers it is credited to
 * @param earliest the id of the earliest article carrying it (by publication date, else input order)
 */
public record QuoteGroup(String id, String text, List<QuoteCopy> copies, List<String> speakers,
                         List<String> articles, String earliest) {
    public QuoteGroup {
        copies = List.copyOf(copies);
        speakers = List.copyOf(speakers);
        articles = List.copyOf(articles);
    }
}
