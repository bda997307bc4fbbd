package io.corroborate.ingest.text;

/**
 * Whether a line reads as a headline: a single line of a few words that does not end like a sentence.
 * Stateless.
 */
public final class Headlines {
    /** Longest headline, in characters. */
    public static final int MAX_CHARS = 200;
    /** Fewest words in a headline. */
    public static final int MIN_WORDS = 3;
    /** Most words in a headline. */
    public static final int MAX_WORDS = 30;

    private Headlines() {
    }

    /** Words holding a letter: a date line ("March 12, 2031") has one and is never a headline. */
    private static int wordsWithLetters(String[] words) {
        int n = 0;
        for (String w : words) if (w.chars().anyMatch(Character::isLetter)) n++;
        return n;
    }

    /**
     * @param line      the line, stripped of blanks
     * @param firstLine whether it is the first non-blank line: a later line must also be set in title case
     */
    public static boolean isHeadline(String line, boolean firstLine) {
        if (line.length() > MAX_CHARS || line.endsWith(":")) return false;
        String[] words = line.split("\\s+");
        if (words.length > MAX_WORDS || wordsWithLetters(words) < MIN_WORDS) return false;
        boolean titleCase = FurnitureRules.isTitleCase(words);
        if (FurnitureRules.endsLikeSentence(line)) {
            // "Is Peace Near?" is a headline; "He left." is not
            return titleCase && line.endsWith("?");
        }
        if (!Character.isLetterOrDigit(line.codePointAt(0)) && "‘'\"“".indexOf(line.charAt(0)) < 0) return false;
        return firstLine || titleCase;
    }
}
