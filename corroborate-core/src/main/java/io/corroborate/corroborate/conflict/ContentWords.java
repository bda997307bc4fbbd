package io.corroborate.corroborate.conflict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content words of a stretch of text, as crude stems, for aligning statements across articles.
 * Slot values themselves (weekdays, months, numbers) are left out so that two statements that differ
 * only in their value still align.
 */
final class ContentWords {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    /** Stems are word prefixes: long enough to tell words apart, short enough to join inflections. */
    static final int STEM = 6;

    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have", "had",
            "his", "her", "hers", "its", "their", "they", "them", "she", "him", "who", "whom", "whose", "which",
            "what", "when", "where", "why", "how", "but", "not", "nor", "all", "any", "been", "being", "into",
            "onto", "than", "then", "there", "these", "those", "will", "would", "could", "should", "can",
            "may", "might", "must", "did", "does", "doing", "said", "says", "say", "told", "also", "about",
            "after", "before", "over", "under", "out", "off", "our", "ours", "you", "your", "yours", "one",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "more", "most", "some",
            "such", "only", "own", "same", "other", "just", "very", "too", "now", "while", "because", "during",
            "between", "through", "against", "until", "again", "further", "once", "here", "each", "few",
            "both", "either", "neither", "per", "via", "upon", "within", "without", "among", "around",
            "according", "mr", "mrs", "ms", "dr", "year", "years", "day", "days", "week", "weeks", "month",
            "months", "time", "last", "next", "first", "early", "late", "earlier", "later", "morning",
            "afternoon", "evening", "night", "today", "yesterday", "tomorrow", "ago", "new", "like", "get",
            "got", "made", "make", "many", "much", "even", "still", "well", "back", "who's", "it's", "i'm",
            "we", "us", "he", "it", "an", "as", "at", "by", "in", "of", "on", "or", "to", "up", "is", "be",
            "do", "if", "so", "no", "my", "me", "am", "go", "let");

    static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
            "sat", "sun");

    private ContentWords() {
    }

    /** Distinct stems of the content words of {@code text}, in order of first appearance. */
    static Set<String> stems(CharSequence text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String stem = stem(m.group());
            if (stem != null) out.add(stem);
        }
        return out;
    }

    /** Words of {@code text} with their offsets (relative to the text), lower-cased, for local windows. */
    static List<Word> words(CharSequence text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(new Word(m.start(), m.end(), m.group().toLowerCase(Locale.ROOT), stem(m.group())));
        return out;
    }

    /** The stem of a content word, or null for a function word, a calendar word or a one- or two-letter word. */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        if (w.length() < 3 || STOP.contains(w) || CALENDAR.contains(w)) return null;
        if (w.endsWith("ies") && w.length() > 4) w = w.substring(0, w.length() - 3) + "y";
        else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) w = w.substring(0, w.length() - 1);
        return w.length() > STEM ? w.substring(0, STEM) : w;
    }

    /** One word: offsets relative to the text it came from, lower-cased form, stem or null. */
    record Word(int start, int end, String lower, String stem) {
    }
}
