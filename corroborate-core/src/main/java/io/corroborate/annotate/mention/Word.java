package io.corroborate.annotate.mention;

/**
 * One word or punctuation mark of a sentence, as the mention rules see it: possessive "'s" is split off
 * ("Putin's" is "Putin" + "'s") and abbreviation dots stay on their word ("U.S.", "Sen.", "J.").
 *
 * @param start  offset in the article text
 * @param end    end offset (exclusive)
 * @param text   the covered text
 * @param lower  lower-case text
 */
record Word(int start, int end, String text, String lower) {
    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** Upper-case first letter, or a lower-case start with an inner capital ("iPhone", "eBay"). */
    boolean isNameLike() {
        if (Character.isUpperCase(text.charAt(0))) return true;
        if (!Character.isLowerCase(text.charAt(0)) || text.length() < 3) return false;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) return true;
        }
        return false;
    }

    boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    boolean is(String s) {
        return text.equals(s);
    }

    boolean isPossessive() {
        return lower.equals("'s") || lower.equals("’s") || lower.equals("'") || lower.equals("’");
    }
}
