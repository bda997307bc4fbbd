package io.corroborate.corroborate.conflict;

import io.corroborate.annotate.Anchor;
import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Mention;
import io.corroborate.annotate.MentionKind;
import io.corroborate.annotate.Quantity;
import io.corroborate.annotate.Quote;
import io.corroborate.annotate.QuoteKind;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Timex;
import io.corroborate.annotate.TimexType;
import io.corroborate.text.Article;
import io.corroborate.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A hand-annotated test article: text we write, annotations placed by finding their words in it. */
final class Doc {
    private final String id;
    private final String text;
    private LocalDate anchor;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Timex> timexes = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private int entities;

    Doc(String id, String text) {
        this.id = id;
        this.text = text;
    }

    private Span find(String words) {
        int at = text.indexOf(words);
        if (at < 0) throw new IllegalArgumentException("not in text: " + words);
        return new Span(at, at + words.length());
    }

    Doc anchor(LocalDate date) {
        anchor = date;
        return this;
    }

    Doc timex(String words, LocalDate date) {
        timexes.add(new Timex(find(words), words, TimexType.DATE, date == null ? null : date.toString(), date));
        return this;
    }

    Doc quantity(String words, double value, String unit, String qualifier) {
        quantities.add(new Quantity(find(words), words, value, unit, qualifier, null));
        return this;
    }

    /** A person named in full, with its later surname-only mentions in the same entity. */
    Doc person(String fullName, String role) {
        String entity = "e" + (++entities);
        Span first = find(fullName);
        mentions.add(new Mention(first, fullName, EntityType.PERSON, MentionKind.NAME, entity, fullName, role, null));
        String surname = fullName.substring(fullName.lastIndexOf(' ') + 1);
        Matcher m = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b").matcher(text);
        while (m.find()) {
            if (first.contains(m.start())) continue;
            mentions.add(new Mention(new Span(m.start(), m.end()), surname, EntityType.PERSON, MentionKind.NAME, entity,
                    fullName, null, null));
        }
        return this;
    }

    Doc quote(String content, String speakerWords, String canonical, EntityType type) {
        Span q = find(content);
        int from = q.end();
        int at = text.indexOf(speakerWords, from);
        if (at < 0) at = text.indexOf(speakerWords);
        Span sp = new Span(at, at + speakerWords.length());
        quotes.add(new Quote(q, List.of(q), content, QuoteKind.DIRECT,
                new Quote.Speaker(sp, speakerWords, null, canonical, type), new Quote.Cue(sp, "said"), false));
        return this;
    }

    AnnotatedArticle build() {
        List<Sentence> sentences = new ArrayList<>();
        // sentences end at . ! ? (and a closing quote) before a space and a capital or an opening quote
        Matcher m = Pattern.compile("(?<=[.!?][\"”]?)\\s+(?=[A-Z\"“])").matcher(text);
        int start = 0;
        while (true) {
            boolean more = m.find();
            int end = more ? m.start() : text.length();
            if (end > start) sentences.add(new Sentence(new Span(start, end)));
            if (!more) break;
            start = m.end();
        }
        mentions.sort(Comparator.comparing(Mention::span));
        timexes.sort(Comparator.comparing(Timex::span));
        quantities.sort(Comparator.comparing(Quantity::span));
        quotes.sort(Comparator.comparing(Quote::span));
        return new AnnotatedArticle(Article.of(id, text), anchor == null ? Anchor.NONE : new Anchor(anchor, "metadata"),
                sentences, List.of(), mentions, timexes, quantities, quotes);
    }
}
