package io.corroborate.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An outlet name derived from a file name when no metadata gives one: "harbour-herald" becomes
 * "Harbour Herald"; serial numbers and hash-like parts ("003", "0be355f2") are dropped; when nothing is
 * left the stem itself is the name.
 */
public final class SourceNames {
    private SourceNames() {
    }

    public static String fromStem(String stem) {
        List<String> words = new ArrayList<>();
        for (String part : stem.split("[-_.\\s]+")) {
            if (part.isEmpty() || isSerialOrHash(part)) continue;
            words.add(Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return words.isEmpty() ? stem : String.join(" ", words);
    }

    private static boolean isSerialOrHash(String part) {
        if (part.chars().allMatch(Character::isDigit)) return true;
        String p = part.toLowerCase(Locale.ROOT);
        return p.length() >= 6 && p.chars().allMatch(c -> Character.isDigit(c) || (c >= 'a' && c <= 'f'))
                && p.chars().anyMatch(Character::isDigit);
    }
}
