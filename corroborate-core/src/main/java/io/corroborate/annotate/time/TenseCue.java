package io.corroborate.annotate.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether a time expression points back or ahead from the article's date, from the nearest tense
 * cue in its sentence ("will", "is set to", "until" ahead; "said", "-ed" verbs, "has" back). News is
 * mostly told in the past, so no cue reads as past.
 */
final class TenseCue {
    enum Tense { PAST, FUTURE, NONE }

    private TenseCue() {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    /** How many words either side are read. */
    private static final int LEFT = 9, RIGHT = 7;

    private static final Set<String> FUTURE = set("will", "'ll", "shall", "would", "wo", "upcoming", "until",
            "till", "scheduled", "expected", "due", "plans", "plan", "planned", "planning", "next", "coming",
            "tomorrow", "intends", "aims", "hopes", "slated", "forthcoming", "awaits", "await", "pending", "won't");
    private static final Set<String> PAST = set("was", "were", "had", "did", "said", "told", "has", "have",
            "began", "came", "went", "saw", "made", "took", "gave", "got", "held", "met", "spoke", "wrote", "fell",
            "rose", "lost", "won", "sold", "bought", "left", "led", "paid", "sent", "spent", "struck", "broke",
            "chose", "became", "brought", "thought", "found", "kept", "ran", "ago", "last", "earlier", "since",
            "knew", "grew", "drew", "shot", "sank", "slid", "hit", "cut", "put", "quit");
    private static final Set<String> NOT_ED = set("need", "speed", "feed", "seed", "hundred", "red", "bed",
            "shed", "indeed", "proceed", "succeed", "exceed", "breed", "weed", "greed", "embed", "wed", "deed",
            "bled", "fled", "led", "sled", "based", "related", "united", "limited", "detailed", "advanced",
            "expected", "scheduled", "planned", "slated", "proposed", "supposed");

    /** The tense around {@code [start, end)} within {@code [sentStart, sentEnd)} of {@code text}. */
    static Tense around(String text, int sentStart, int sentEnd, int start, int end) {
        Tense left = Tense.NONE;
        int leftDist = Integer.MAX_VALUE;
        // read the words left of the expression, nearest first
        String before = text.substring(sentStart, start);
        java.util.List<String> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(before);
        while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
        for (int i = words.size() - 1, d = 0; i >= 0 && d < LEFT; i--, d++) {
            Tense t = cue(words, i);
            if (t != Tense.NONE) {
                left = t;
                leftDist = d;
                break;
            }
        }
        Tense right = Tense.NONE;
        int rightDist = Integer.MAX_VALUE;
        words.clear();
        m = WORD.matcher(text.substring(end, sentEnd));
        while (m.find() && words.size() < RIGHT) words.add(m.group().toLowerCase(Locale.ROOT));
        for (int i = 0; i < words.size(); i++) {
            Tense t = cue(words, i);
            if (t != Tense.NONE) {
                right = t;
                rightDist = i;
                break;
            }
        }
        if (left == Tense.NONE) return right;
        if (right == Tense.NONE) return left;
        return leftDist <= rightDist ? left : right;
    }

    private static Tense cue(java.util.List<String> words, int i) {
        String w = words.get(i);
        if (w.endsWith("'ll") || w.endsWith("’ll")) return Tense.FUTURE;
        // "is set to", "are going to", "to be held" read ahead
        if ((w.equals("set") || w.equals("going")) && i + 1 < words.size() && words.get(i + 1).equals("to")) {
            return Tense.FUTURE;
        }
        if (FUTURE.contains(w)) return Tense.FUTURE;
        if (PAST.contains(w)) return Tense.PAST;
        if (w.length() >= 5 && w.endsWith("ed") && !NOT_ED.contains(w)) return Tense.PAST;
        return Tense.NONE;
    }

    /** A set that tolerates repeated words in its literal list. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
