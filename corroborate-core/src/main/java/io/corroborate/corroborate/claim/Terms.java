package io.corroborate.corroborate.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word normalisation for comparing statements: lower-case words, a crude suffix-stripping lemma, and a
 * general English stopword list (function words and reporting verbs, which say who spoke, not what).
 * Stateless; every method is a pure function of its input.
 */
public final class Terms {
    private Terms() {
    }

    /** Function words plus attribution verbs: they make unrelated sentences look alike. */
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this",
            "these", "those", "there", "here", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about",
            "as", "into", "onto", "over", "under", "up", "down", "out", "off", "through", "after", "before",
            "during", "between", "against", "without", "within", "while", "when", "where", "which", "who", "whom",
            "whose", "what", "why", "how", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
            "had", "having", "do", "does", "did", "doing", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "it", "its", "it's", "he", "him", "his", "she", "her", "hers", "they", "them",
            "their", "theirs", "we", "us", "our", "ours", "you", "your", "yours", "i", "me", "my", "mine", "not",
            "no", "also", "very", "just", "only", "too", "more", "most", "some", "any", "all", "each", "other",
            "such", "own", "same", "both", "again", "further", "once", "s", "t", "said", "says", "say", "saying",
            "told", "tell", "tells", "according", "added", "adds", "stated", "noted", "mr", "mrs", "ms", "dr",
            "one", "now", "even", "still", "however", "because", "since", "until", "though", "although", "whether",
            "per", "via", "upon", "among", "amid", "like", "well", "many", "much", "new", "including", "get",
            "got", "make", "made", "go", "going", "went", "take", "took", "can't", "don't", "didn't", "won't",
            "wasn't", "isn't", "aren't", "he's", "she's", "they're", "we're", "i'm", "that's", "there's");

    /**
     * Common news-English synonyms and irregular forms, each group mapped to its first member's lemma:
     * general vocabulary, so that "shut" and "closed" or "found" and "discovered" count as one word.
     */
    private static final String[][] SYNONYMS = {
            {"close", "shut"}, {"find", "found", "discover", "uncover", "detect"}, {"begin", "began", "begun", "start"},
            {"end", "finish", "conclude"}, {"large", "big", "huge", "enormous"}, {"increase", "rise", "rose", "risen"},
            {"decrease", "fall", "fell", "fallen", "drop", "decline"}, {"buy", "bought", "purchase"},
            {"help", "assist", "aid"}, {"arrest", "detain"}, {"ceasefire", "truce"}, {"lasting", "durable", "enduring"},
            {"need", "require"}, {"reveal", "disclose"}, {"kill", "slay", "slain"}, {"die", "dead", "death", "died"},
            {"car", "vehicle"}, {"child", "kid", "children"}, {"man", "men"}, {"woman", "women"},
            {"people", "person", "persons"}, {"attack", "assault"}, {"injure", "wound", "hurt"},
            {"talk", "negotiation", "negotiate"}, {"agree", "concur"}, {"meet", "met", "meeting"},
            {"win", "won"}, {"lose", "lost"}, {"send", "sent"}, {"hold", "held"},
            {"speak", "spoke", "spoken"}, {"write", "wrote", "written"}, {"take", "took", "taken"},
            {"give", "gave", "given"}, {"run", "ran"}, {"pay", "paid"}, {"seek", "sought"}, {"bring", "brought"},
            {"think", "thought"}, {"fight", "fought"}, {"catch", "caught"}, {"teach", "taught"}};

    private static final java.util.Map<String, String> CANON = canon();

    private static java.util.Map<String, String> canon() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String[] g : SYNONYMS) {
            String head = lemmaOf(g[0]);
            for (String w : g) m.putIfAbsent(w, head);
            for (String w : g) m.putIfAbsent(lemmaOf(w), head);
        }
        return java.util.Map.copyOf(m);
    }

    /** The normalised form of every word of {@code text}, in order, stopwords kept. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (isApostrophe(c) && w.length() > 0 && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                w.append('\'');
            } else if ((c == '.' || c == ',') && w.length() > 0 && Character.isDigit(w.charAt(w.length() - 1))
                    && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                if (c == '.') w.append('.'); // 2.5 stays one number; 1,000 becomes 1000
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }

    /** Content lemmas of {@code text}: stopwords dropped, possessives and inflections stripped. */
    public static List<String> content(String text) {
        return content(words(text));
    }

    /** Content lemmas of already normalised {@link #words}. */
    public static List<String> content(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (STOP.contains(w)) continue;
            String l = CANON.getOrDefault(w, lemma(w));
            l = CANON.getOrDefault(l, l);
            if (!l.isEmpty() && !STOP.contains(l)) out.add(l);
        }
        return out;
    }

    public static boolean isStopword(String normalisedWord) {
        return STOP.contains(normalisedWord);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
    }

    /**
     * A crude lemma: enough to make "agreed", "agrees" and "agreeing" one key, not a dictionary form.
     * Numbers are kept as written.
     */
    public static String lemma(String w) {
        return lemmaOf(w);
    }

    private static String lemmaOf(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        if (s.endsWith("'s")) s = s.substring(0, s.length() - 2);
        if (s.endsWith("'")) s = s.substring(0, s.length() - 1);
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) return s;
        if (s.length() > 4 && s.endsWith("ies")) s = s.substring(0, s.length() - 3) + "y";
        else if (s.length() > 4 && (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes")))
            s = s.substring(0, s.length() - 2);
        else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is"))
            s = s.substring(0, s.length() - 1);
        // "-ed" already removed the final e ("agreed" -> "agre"); other forms drop it below ("agree" -> "agre")
        if (s.length() > 4 && s.endsWith("ied")) return s.substring(0, s.length() - 3) + "y";
        if (s.endsWith("eed")) return s.length() > 5 ? s.substring(0, s.length() - 2) : s; // agreed, but speed
        if (s.length() > 4 && s.endsWith("ed") && hasVowel(s, s.length() - 2)) return undouble(s.substring(0, s.length() - 2));
        if (s.length() > 5 && s.endsWith("ing") && hasVowel(s, s.length() - 3)) s = undouble(s.substring(0, s.length() - 3));
        else if (s.length() > 5 && s.endsWith("ly")) s = s.substring(0, s.length() - 2);
        if (s.length() > 3 && s.endsWith("e")) s = s.substring(0, s.length() - 1);
        return s;
    }

    private static boolean hasVowel(String s, int end) {
        for (int i = 0; i < end; i++) if ("aeiouy".indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n > 2 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0
                && "aeiou".indexOf(s.charAt(n - 1)) < 0) return s.substring(0, n - 1);
        return s;
    }
}
