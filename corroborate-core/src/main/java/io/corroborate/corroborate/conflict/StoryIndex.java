package io.corroborate.corroborate.conflict;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Sentence;
import io.corroborate.corroborate.Evidence;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sentences of one story with their content stems, and how strongly two sentences say the same
 * thing: shared stems weighted by rarity in the story (a word every article repeats, such as the
 * story's main name, says little about which statement is which).
 */
final class StoryIndex {
    final List<AnnotatedArticle> articles;
    private final List<List<Set<String>>> stems = new ArrayList<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final int sentences;

    StoryIndex(List<AnnotatedArticle> articles) {
        this.articles = List.copyOf(articles);
        int n = 0;
        for (AnnotatedArticle a : articles) {
            List<Set<String>> per = new ArrayList<>();
            for (Sentence s : a.sentences()) {
                Set<String> st = ContentWords.stems(s.text(a.text()));
                per.add(st);
                for (String w : st) df.merge(w, 1, Integer::sum);
                n++;
            }
            stems.add(per);
        }
        sentences = Math.max(n, 1);
    }

    Set<String> stems(int article, int sentence) {
        return stems.get(article).get(sentence);
    }

    double idf(String stem) {
        return Math.log(1.0 + (double) sentences / df.getOrDefault(stem, 1));
    }

    double weight(Set<String> words) {
        double w = 0;
        for (String s : words) w += idf(s);
        return w;
    }

    /** Similarity of two sentences in [0, 1]: weighted Dice over content stems. */
    double similarity(int a, int sa, int b, int sb) {
        return similarity(stems(a, sa), stems(b, sb));
    }

    double similarity(Set<String> x, Set<String> y) {
        double shared = 0;
        for (String s : x) if (y.contains(s)) shared += idf(s);
        double total = weight(x) + weight(y);
        return total == 0 ? 0 : 2 * shared / total;
    }

    /** Number of stems two sentences share. */
    int shared(int a, int sa, int b, int sb) {
        int n = 0;
        Set<String> y = stems(b, sb);
        for (String s : stems(a, sa)) if (y.contains(s)) n++;
        return n;
    }

    String id(int article) {
        return articles.get(article).id();
    }

    Span sentenceSpan(int article, int sentence) {
        return articles.get(article).sentences().get(sentence).span();
    }

    String sentenceText(int article, int sentence) {
        AnnotatedArticle a = articles.get(article);
        return a.sentences().get(sentence).text(a.text());
    }

    Evidence evidence(int article, int sentence, Span highlight) {
        return new Evidence(id(article), sentenceSpan(article, sentence), sentenceText(article, sentence), highlight);
    }
}
