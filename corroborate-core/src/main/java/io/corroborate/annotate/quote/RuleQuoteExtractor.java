package io.corroborate.annotate.quote;

import io.corroborate.annotate.Mention;
import io.corroborate.annotate.Parsed;
import io.corroborate.annotate.Quote;
import io.corroborate.annotate.QuoteExtractor;
import java.util.List;

/** Placeholder: finds nothing yet. */
public final class RuleQuoteExtractor implements QuoteExtractor {
    @Override
    public List<Quote> extract(Parsed parsed, List<Mention> mentions) {
        return List.of();
    }
}
