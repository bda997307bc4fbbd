package io.corroborate.annotate;

import io.corroborate.annotate.mention.RuleMentionTagger;
import io.corroborate.annotate.number.RuleQuantityTagger;
import io.corroborate.annotate.quote.RuleQuoteExtractor;
import io.corroborate.annotate.sentence.RuleSentenceSplitter;
import io.corroborate.annotate.sentence.RuleTokenizer;
import io.corroborate.annotate.time.RuleAnchorFinder;
import io.corroborate.annotate.time.RuleTimexTagger;
import io.corroborate.text.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Assembles the annotation stages. Stateless and thread-safe: one instance serves every thread.
 *
 * <p>Anchor policy: the article's publication date when known; else a date the article states;
 * else (in {@link #annotateStory}) the latest anchor of the story's other articles.
 */
public final class Annotator {
    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer;
    private final MentionTagger mentions;
    private final TimexTagger timexes;
    private final AnchorFinder anchors;
    private final QuantityTagger quantities;
    private final QuoteExtractor quotes;

    public Annotator(SentenceSplitter splitter, Tokenizer tokenizer, MentionTagger mentions, TimexTagger timexes,
                     AnchorFinder anchors, QuantityTagger quantities, QuoteExtractor quotes) {
        this.splitter = splitter;
        this.tokenizer = tokenizer;
        this.mentions = mentions;
        this.timexes = timexes;
        this.anchors = anchors;
        this.quantities = quantities;
        this.quotes = quotes;
    }

    /** The default rule-based pipeline. */
    public static Annotator standard() {
        return new Annotator(new RuleSentenceSplitter(), new RuleTokenizer(), new RuleMentionTagger(),
                new RuleTimexTagger(), new RuleAnchorFinder(), new RuleQuantityTagger(), new RuleQuoteExtractor());
    }

    public Parsed parse(String text) {
        return parse(text, List.of());
    }

    /**
     * The skipped spans analysis must ignore: page furniture. A headline is kept: it is the article's own
     * statement (names, dates and quotes in it count), only set apart from the body for display.
     */
    static List<io.corroborate.text.Span> nonBody(Article article) {
        String title = article.title() == null ? null : article.title().strip();
        if (title == null || title.isEmpty()) return article.skipped();
        return article.skipped().stream().filter(k -> !k.of(article.text()).strip().equals(title)).toList();
    }

    /** Splits and tokenizes; sentences that overlap a skipped span (page furniture) are dropped. */
    public Parsed parse(String text, List<io.corroborate.text.Span> skipped) {
        List<Sentence> sentences = splitter.split(text);
        if (!skipped.isEmpty()) {
            sentences = sentences.stream().filter(s -> skipped.stream().noneMatch(k -> k.overlaps(s.span()))).toList();
        }
        return new Parsed(text, sentences, tokenizer.tokenize(text, sentences));
    }

    /** Annotates one article on its own: anchored by its metadata date or a date its text states. */
    public AnnotatedArticle annotate(Article article) {
        return annotate(article, null);
    }

    /**
     * Annotates one article; {@code fallback} anchors it when neither its metadata nor its text gives a date.
     */
    public AnnotatedArticle annotate(Article article, LocalDate fallback) {
        Parsed parsed = parse(article.text(), nonBody(article));
        return annotate(article, parsed, anchorOf(article, parsed, fallback));
    }

    private AnnotatedArticle annotate(Article article, Parsed parsed, Anchor anchor) {
        List<Mention> ms = mentions.tag(parsed);
        return new AnnotatedArticle(article, anchor, parsed.sentences(), parsed.tokens(), ms,
                timexes.tag(parsed, anchor.date()), quantities.tag(parsed), quotes.extract(parsed, ms));
    }

    private Anchor anchorOf(Article article, Parsed parsed, LocalDate fallback) {
        if (article.published() != null) return new Anchor(article.published(), "metadata");
        Optional<LocalDate> stated = anchors.find(parsed);
        if (stated.isPresent()) return new Anchor(stated.get(), "text");
        if (fallback != null) return new Anchor(fallback, "story");
        return Anchor.NONE;
    }

    /**
     * Annotates the articles of one story: an article with no date of its own is anchored on the latest
     * anchor of the others (reports of one event are published close together).
     */
    public List<AnnotatedArticle> annotateStory(List<Article> articles) {
        List<Parsed> parsed = articles.stream().map(a -> parse(a.text(), nonBody(a))).toList();
        List<Anchor> own = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) own.add(anchorOf(articles.get(i), parsed.get(i), null));
        LocalDate storyDate = own.stream().map(Anchor::date).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElse(null);
        List<AnnotatedArticle> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Anchor anchor = own.get(i).date() == null && storyDate != null ? new Anchor(storyDate, "story") : own.get(i);
            out.add(annotate(articles.get(i), parsed.get(i), anchor));
        }
        return out;
    }
}
