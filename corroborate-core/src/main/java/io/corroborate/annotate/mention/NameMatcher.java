package io.corroborate.annotate.mention;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares two written names of people, across articles or within one. Stateless and thread-safe.
 *
 * <ul>
 *   <li>{@link Relation#SAME}: the same words once case, accents, dots and titles are ignored
 *       ("Mr. José Pérez" / "Jose Perez");</li>
 *   <li>{@link Relation#VARIANT}: one person written differently: a transliteration ("Zelensky" /
 *       "Zelenskyy"), a spelling of the first name that sounds alike ("Steven" / "Stephen"), a nickname or a
 *       shortened first name ("Bill" / "William", "Chris" / "Christopher"), an initial ("J. Smith"), a middle
 *       name left out ("Donald J. Trump" / "Donald Trump"), or the surname alone ("Trump");</li>
 *   <li>{@link Relation#FIRST_NAME_DIFFERS}: the same surname with first names that are not variants of
 *       each other ("Karoline Leavitt" / "Katherine Leavitt"): two people, or a misspelling;</li>
 *   <li>{@link Relation#DIFFERENT}: otherwise.</li>
 * </ul>
 */
public final class NameMatcher {
    /** How two names relate; see the class comment. */
    public enum Relation { SAME, VARIANT, FIRST_NAME_DIFFERS, DIFFERENT }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");
    private static final Map<String, String> NICKNAMES = nicknames(
            "bill william", "billy william", "will william", "willy william", "bob robert", "bobby robert",
            "rob robert", "robbie robert", "dick richard", "rick richard", "ricky richard", "rich richard",
            "jim james", "jimmy james", "jamie james", "mike michael", "mick michael", "joe joseph", "joey joseph",
            "tom thomas", "tommy thomas", "tony anthony", "ted edward", "ed edward", "eddie edward", "ned edward",
            "chuck charles", "charlie charles", "chas charles", "dave david", "davy david", "dan daniel",
            "danny daniel", "pete peter", "sam samuel", "sammy samuel", "steve steven", "stevie steven",
            "matt matthew", "nick nicholas", "nicky nicholas", "andy andrew", "drew andrew", "ben benjamin",
            "benny benjamin", "greg gregory", "jeff jeffrey", "ken kenneth", "kenny kenneth", "larry lawrence",
            "jerry gerald", "hank henry", "harry henry", "jack john", "johnny john", "kate katherine",
            "katie katherine", "kathy katherine", "kay katherine", "liz elizabeth", "lizzie elizabeth",
            "beth elizabeth", "betty elizabeth", "betsy elizabeth", "libby elizabeth", "eliza elizabeth",
            "maggie margaret", "peggy margaret", "meg margaret", "marge margaret", "sue susan", "susie susan",
            "jenny jennifer", "jen jennifer", "becky rebecca", "becca rebecca", "vlad vladimir",
            "sasha alexander", "alex alexander", "al albert", "bert albert", "fred frederick", "freddie frederick",
            "frank francis", "gene eugene", "jake jacob", "jon jonathan", "josh joshua", "len leonard",
            "leo leonard", "lou louis", "manny manuel", "nate nathan", "pat patrick", "patty patricia",
            "phil philip", "ray raymond", "ron ronald", "ronnie ronald", "russ russell", "sandy sandra",
            "stan stanley", "terry terence", "tim timothy", "vince vincent", "walt walter", "wally walter",
            "zach zachary", "abe abraham", "cathy catherine", "chris christopher", "debbie deborah",
            "deb deborah", "di diana", "dolly dorothy", "dot dorothy", "ellie eleanor", "nell eleanor",
            "gail abigail", "abby abigail", "jill jillian", "judy judith", "kim kimberly", "mandy amanda",
            "mindy melinda", "molly mary", "polly mary", "nan ann", "nancy ann", "nikki nicole",
            "pam pamela", "penny penelope", "sally sarah", "tina christina", "trish patricia", "val valerie",
            "vicky victoria", "tori victoria");

    private NameMatcher() {
    }

    public static Relation compare(String a, String b) {
        return compare(Name.of(a), Name.of(b));
    }

    /** A name split into normalised words, with the sound key of its surname; for repeated comparisons. */
    record Name(List<String> tokens, String surnameKey) {
        static Name of(String text) {
            List<String> t = NameMatcher.tokens(text);
            return new Name(t, t.isEmpty() ? "" : key(t.get(t.size() - 1)));
        }
    }

    /** {@link #compare(String, String)} on names already parsed. */
    static Relation compare(Name a, Name b) {
        List<String> x = a.tokens(), y = b.tokens();
        if (x.isEmpty() || y.isEmpty()) return Relation.DIFFERENT;
        if (x.equals(y)) return Relation.SAME;
        String sx = x.get(x.size() - 1), sy = y.get(y.size() - 1);
        if (!sx.equals(sy) && !a.surnameKey().equals(b.surnameKey())
                && (Math.min(a.surnameKey().length(), b.surnameKey().length()) < 5
                    || Math.abs(a.surnameKey().length() - b.surnameKey().length()) > 1
                    || distance(a.surnameKey(), b.surnameKey()) > 1)) {
            return Relation.DIFFERENT;
        }
        if (x.size() == 1 || y.size() == 1) return Relation.VARIANT;
        return firstNamesCompatible(x.get(0), y.get(0)) ? Relation.VARIANT : Relation.FIRST_NAME_DIFFERS;
    }

    /** Lower case, no accents, no dots, titles and generational suffixes dropped. */
    static List<String> tokens(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("’", "'");
        List<String> out = new ArrayList<>();
        for (String t : s.split("[\\s,]+")) {
            t = t.replace(".", "");
            if (t.isEmpty() || SUFFIXES.contains(t)) continue;
            out.add(t);
        }
        Lexicon lex = Lexicon.get();
        while (out.size() > 1 && (lex.honorifics.containsKey(out.get(0)) || lex.honorifics.containsKey(out.get(0) + ".")
                || lex.isTitleWord(out.get(0)) || lex.isTitleWord(out.get(0) + "."))) {
            out.remove(0);
        }
        return out;
    }

    private static boolean firstNamesCompatible(String a, String b) {
        if (a.equals(b)) return true;
        if (a.length() == 1 || b.length() == 1) return a.charAt(0) == b.charAt(0);
        String fa = NICKNAMES.getOrDefault(a, a), fb = NICKNAMES.getOrDefault(b, b);
        if (fa.equals(fb)) return true;
        if (a.length() >= 3 && b.startsWith(a) || b.length() >= 3 && a.startsWith(b)) return true;
        return similar(a, b);
    }

    /** Same sound key, or one edit apart on keys of five letters or more. */
    private static boolean similar(String a, String b) {
        if (a.equals(b)) return true;
        if (Math.abs(a.length() - b.length()) > 3) return false;
        String ka = key(a), kb = key(b);
        if (ka.equals(kb)) return true;
        int len = Math.min(ka.length(), kb.length());
        return len >= 5 && distance(ka, kb) <= 1;
    }

    /** A rough sound key: ph/v to f, c/q to k, y to i, th to t, h after a vowel dropped, doubles collapsed, final e dropped. */
    static String key(String s) {
        StringBuilder letters = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') letters.append(c);
        }
        String t = letters.toString().replace("ph", "f").replace("th", "t").replace("ck", "k")
                .replace('v', 'f').replace('c', 'k').replace('q', 'k').replace('y', 'i').replace('w', 'v')
                .replace("ks", "x").replace("cz", "ch");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 'h' && i > 0 && "aeiou".indexOf(t.charAt(i - 1)) >= 0) continue;
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == c) continue;
            sb.append(c);
        }
        if (sb.length() > 3 && sb.charAt(sb.length() - 1) == 'e') sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Map<String, String> nicknames(String... pairs) {
        var m = new java.util.HashMap<String, String>();
        for (String p : pairs) {
            String[] f = p.split(" ");
            m.put(f[0], f[1]);
        }
        return Map.copyOf(m);
    }
}
