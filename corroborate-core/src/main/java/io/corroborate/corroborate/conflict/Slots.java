package io.corroborate.corroborate.conflict;

import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Slot names in words from the text: the content words nearest to a value, in sentence order. */
final class Slots {
    /** How many words name a slot. */
    static final int WORDS = 4;

    private Slots() {
    }

    static String around(StoryIndex index, int article, int sentence, Span value, String prefix) {
        Span s = index.sentenceSpan(article, sentence);
        String text = index.sentenceText(article, sentence);
        int v0 = value.start() - s.start(), v1 = value.end() - s.start();
        List<ContentWords.Word> words = new ArrayList<>();
        for (ContentWords.Word w : ContentWords.words(text)) {
            if (w.stem() != null && (w.end() <= v0 || w.start() >= v1)) words.add(w);
        }
        words.sort(Comparator.comparingInt(w -> Math.min(Math.abs(w.start() - v1), Math.abs(v0 - w.end()))));
        List<ContentWords.Word> near = new ArrayList<>(words.subList(0, Math.min(WORDS, words.size())));
        near.sort(Comparator.comparingInt(ContentWords.Word::start));
        StringBuilder b = new StringBuilder(prefix);
        String sep = ": ";
        for (ContentWords.Word w : near) {
            b.append(sep).append(text, w.start(), w.end());
            sep = " ";
        }
        return b.toString();
    }
}
