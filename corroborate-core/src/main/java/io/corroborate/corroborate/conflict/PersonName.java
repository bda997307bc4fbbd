package io.corroborate.corroborate.conflict;

import io.corroborate.annotate.mention.NameMatcher;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name split into first name and surname, and how two names relate. Spellings of one name
 * ("Steven" / "Stephen", "Zelensky" / "Zelenskyy") and short forms ("Bob" / "Bobby") are variants;
 * a different first name with the same surname may be another person or a mistake, which the caller
 * decides from context.
 */
record PersonName(String full, String first, String surname) {
    enum Match { SAME, VARIANT, FIRST_NAME_DIFFERS, DIFFERENT }

    private static final Set<String> SUFFIX = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    /** The name, or null when it has no first name and surname (a single word). */
    static PersonName of(String full) {
        if (full == null) return null;
        List<String> words = new ArrayList<>();
        for (String w : full.trim().split("[\\s\u00a0]+")) {
            String c = EDGE_JUNK.matcher(w).replaceAll("");
            if (!c.isEmpty()) words.add(c);
        }
        while (words.size() > 1 && SUFFIX.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT).replace(",", ""))) {
            words.remove(words.size() - 1);
        }
        if (words.size() < 2) return null;
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        if (!Character.isUpperCase(first.charAt(0)) || !Character.isUpperCase(last.charAt(0))) return null;
        if (first.length() < 2 || first.endsWith(".")) return null; // an initial says nothing about a first name
        return new PersonName(full.trim(), first, last);
    }

    /** Surname only, for comparing speakers credited by one word ("Leavitt said"). */
    static String surnameOf(String full) {
        PersonName p = of(full);
        if (p != null) return key(p.surname());
        String[] w = full.trim().split("\\s+");
        return key(w[w.length - 1]);
    }

    Match compare(PersonName o) {
        if (!sameSurname(surname, o.surname)) return Match.DIFFERENT;
        // one name is the other with a word more in front or in the middle ("Will Amber Pasztor",
        // "West Florence Avenue", "Sarah Huckabee Sanders"): a variant, not another first name
        if (within(o) || o.within(this)) return key(first).equals(key(o.first)) ? Match.SAME : Match.VARIANT;
        String a = key(first), b = key(o.first);
        boolean surnameExact = key(surname).equals(key(o.surname));
        if (a.equals(b)) return surnameExact ? Match.SAME : Match.VARIANT;
        if (variantFirst(a, b)) return Match.VARIANT;
        // nicknames ("Bill" / "William") and the rest of the mention stage's name knowledge
        NameMatcher.Relation r = NameMatcher.compare(full, o.full);
        if (r == NameMatcher.Relation.SAME || r == NameMatcher.Relation.VARIANT) return Match.VARIANT;
        return Match.FIRST_NAME_DIFFERS;
    }

    /** True when every word of this name appears, in order, in the other. */
    private boolean within(PersonName o) {
        String[] mine = full.split("\\s+"), theirs = o.full.split("\\s+");
        if (mine.length >= theirs.length) return false;
        int k = 0;
        for (String t : theirs) if (k < mine.length && key(t).equals(key(mine[k]))) k++;
        return k == mine.length;
    }

    static boolean sameSurname(String x, String y) {
        String a = key(x), b = key(y);
        if (a.equals(b)) return true;
        return a.length() >= 5 && b.length() >= 5 && (sound(a).equals(sound(b)) || distance(a, b) <= 1);
    }

    /** Spellings and short forms of one first name. */
    static boolean variantFirst(String a, String b) {
        if (sound(a).equals(sound(b))) return true;
        String s = a.length() <= b.length() ? a : b, l = a.length() <= b.length() ? b : a;
        // a short form is the start of the long form: Bob/Bobby, Steve/Steven, Chris/Christopher
        if (s.length() >= 3 && l.startsWith(s)) return true;
        // a pet form: the start of the long form plus -y/-ie/-ey, its last consonant maybe doubled
        // (Randy/Randall, Sandy/Sander, Danny/Daniel)
        String base = s.replaceFirst("(y|ie|ey)$", "");
        if (!base.equals(s)) {
            if (base.length() >= 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
                base = base.substring(0, base.length() - 1);
            }
            if (base.length() >= 3 && l.startsWith(base)) return true;
        }
        return s.length() >= 5 && distance(a, b) <= 1;
    }

    /** Lower case, accents removed, apostrophes and dots dropped. */
    private static final java.util.regex.Pattern EDGE_JUNK =
            java.util.regex.Pattern.compile("^[^\\p{L}]+|[^\\p{L}.'’-]+$");

    static String key(String w) {
        // letters only, accents stripped, lower-case; a loop because this runs for every name pair compared
        String n = Normalizer.normalize(w, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetter(c)) b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** A rough sound key: spellings that sound alike map together (ph/v/f, y/i, k/c, doubled letters). */
    private static String sound(String w) {
        String s = w.replace("ph", "f").replace('v', 'f').replace('y', 'i').replace('k', 'c').replace("ck", "c");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) if (i == 0 || s.charAt(i) != s.charAt(i - 1)) b.append(s.charAt(i));
        String r = b.toString();
        return r.endsWith("h") && r.length() > 3 ? r.substring(0, r.length() - 1) : r;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
