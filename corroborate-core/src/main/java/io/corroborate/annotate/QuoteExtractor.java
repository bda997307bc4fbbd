package io.corroborate.annotate;

import java.util.List;

/** Direct, partial and indirect quotes with their speakers, using the article's mentions. Thread-safe. */
public interface QuoteExtractor {
    List<Quote> extract(Parsed parsed, List<Mention> mentions);
}
