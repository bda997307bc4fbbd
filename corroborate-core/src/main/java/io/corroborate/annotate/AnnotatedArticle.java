package io.corroborate.annotate;

import io.corroborate.text.Article;
import io.corroborate.text.Span;
import java.util.List;

/** An article with every annotation layer; layers are sorted by start offset. */
public record AnnotatedArticle(Article article, Anchor anchor, List<Sentence> sentences, List<Token> tokens,
                               List<Mention> mentions, List<Timex> timexes, List<Quantity> quantities,
                               List<Quote> quotes) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
    }

    public String id() {
        return article.id();
    }

    public String text() {
        return article.text();
    }

    /** Index of the sentence containing {@code offset}, or -1. */
    public int sentenceIndexAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    public <T> List<T> within(List<T> layer, java.util.function.Function<T, Span> spanOf, Span range) {
        return layer.stream().filter(x -> range.contains(spanOf.apply(x))).toList();
    }
}
