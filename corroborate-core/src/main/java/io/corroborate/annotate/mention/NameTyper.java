package io.corroborate.annotate.mention;

import io.corroborate.annotate.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Types the names that strong cues left open, from the rest of the article: a name typed elsewhere keeps
 * its type, a surname of a person is a person ("Putin" after "Vladimir Putin"), the start of an
 * organisation's name is that organisation ("Apple" after "Apple Inc."); then from the words around it
 * ("X said" for a two-word name, "in X"), the company-word list, and finally a default.
 */
final class NameTyper {
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "explained", "noted",
            "stated", "wrote", "argued", "insisted", "claimed", "recalled", "announced", "acknowledged");
    private static final Set<String> LOCATIVE = Set.of("in", "near", "across", "throughout", "outside", "inside");
    private static final Set<String> PERSON_AFTER = Set.of("who", "whose");
    /** "a stake in X", "shares in X": X is a company, not a place. */
    private static final Set<String> HOLDINGS = Set.of("stake", "stakes", "shares", "share", "investment",
            "investments", "interest", "interests", "holding", "holdings", "confidence", "role", "job", "jobs",
            "position", "positions", "changes", "cuts", "layoffs", "report", "article", "story", "interview");
    /** Words that may follow a place after "in": the name is not a modifier ("in Chrysler plants"). */
    private static final Set<String> AFTER_PLACE = Set.of("and", "or", "on", "last", "this", "next", "to", "for",
            "with", "where", "when", "since", "after", "before", "earlier", "later", "in", "at", "by", "from",
            "during", "until", "as", "but", "while", "that", "which", "is", "was", "are", "were", "has", "have");

    private final Lexicon lex = Lexicon.get();

    void type(DocWords doc, List<Draft> names) {
        Map<String, EntityType> byText = new HashMap<>();
        Set<String> personWords = new HashSet<>();
        Set<String> personFirstNames = new HashSet<>();
        Map<String, EntityType> firstWordOf = new HashMap<>();
        for (Draft d : names) {
            if (d.type == null) continue;
            byText.putIfAbsent(d.text, d.type);
            String[] parts = d.text.split("\\s+");
            if (d.type == EntityType.PERSON) {
                personWords.add(parts[parts.length - 1]);
                if (parts.length > 1) personFirstNames.add(parts[0]);
                if (parts.length > 1) personWords.add(parts[parts.length - 2] + " " + parts[parts.length - 1]);
            } else if (d.type == EntityType.ORGANIZATION && parts.length > 1) {
                firstWordOf.putIfAbsent(parts[0], EntityType.ORGANIZATION);
            }
        }
        Draft previous = null;
        for (Draft d : names) {
            if (d.type == null) {
                EntityType t = byText.get(d.text);
                if (t != null) {
                    d.type(t, "same-name", false);
                } else if (personWords.contains(d.text) || lastWordIsPerson(d.text, personWords)
                        || personWords.contains(titleCase(d.text))) {
                    d.type(EntityType.PERSON, "surname", false);
                } else if (personFirstNames.contains(d.text) || personFirstNames.contains(titleCase(d.text))) {
                    d.type(EntityType.PERSON, "first-name-alone", false);
                } else if (firstWordOf.containsKey(d.text)) {
                    d.type(EntityType.ORGANIZATION, "org-start", false);
                } else if (previous != null && previous.type != null && bracketedAcronym(doc, previous, d)) {
                    d.type(previous.type, "acronym", false);
                }
            }
            previous = d;
        }
        // Context, then the first typed occurrence of a name types its other occurrences ("Royal Air Force
        // (RAF)" ... "for the RAF"), and what is left gets the default.
        for (Draft d : names) if (d.type == null) contextType(doc, d);
        Map<String, EntityType> first = new HashMap<>();
        for (Draft d : names) if (d.type != null && !"locative".equals(d.cue)) first.putIfAbsent(d.text, d.type);
        for (Draft d : names) {
            if (d.strong || d.type != null && !"locative".equals(d.cue)) continue;
            EntityType t = first.get(d.text);
            if (t != null) d.type(t, "same-name", false);
        }
        for (Draft d : names) {
            if (d.type != null) continue;
            defaultType(d);
            // Capitalised ordinary words the article also writes in lower case ("Energy", "Complete Ceasefire"
            // in a quoted post) are emphasis, not names.
            d.dropped = ordinaryWords(doc, d);
        }
    }

    private boolean ordinaryWords(DocWords doc, Draft d) {
        List<Word> words = doc.sentences.get(d.sentence);
        for (int k = d.firstWord; k < d.endWord; k++) {
            Word w = words.get(k);
            if (!lex.isCommon(w.lower()) || !doc.seenLower.contains(w.lower()) || lex.brands.contains(w.text())) {
                return false;
            }
        }
        return true;
    }

    /** "Royal Air Force (RAF)": an acronym in brackets right after the name it abbreviates. */
    private static boolean bracketedAcronym(DocWords doc, Draft name, Draft acronym) {
        if (name.sentence != acronym.sentence || acronym.firstWord != name.endWord + 1) return false;
        if (!doc.sentences.get(acronym.sentence).get(name.endWord).is("(")) return false;
        String a = acronym.text.replace(".", "");
        if (a.length() < 2 || !a.equals(a.toUpperCase(Locale.ROOT))) return false;
        StringBuilder initials = new StringBuilder();
        for (String w : name.text.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
        }
        return initials.indexOf(a.substring(0, 1)) == 0 && initials.length() >= a.length() - 1;
    }

    /** "WALLACE" → "Wallace", so transcript speaker labels meet the names the article gives. */
    private static String titleCase(String text) {
        if (text.length() < 3 || !text.equals(text.toUpperCase(Locale.ROOT)) || text.indexOf(' ') >= 0) return text;
        return text.charAt(0) + text.substring(1).toLowerCase(Locale.ROOT);
    }

    private static boolean lastWordIsPerson(String text, Set<String> personWords) {
        int sp = text.lastIndexOf(' ');
        return sp > 0 && text.indexOf(' ') == sp && personWords.contains(text.substring(sp + 1));
    }

    private void contextType(DocWords doc, Draft d) {
        List<Word> words = doc.sentences.get(d.sentence);
        int n = d.endWord - d.firstWord;
        Word next = d.endWord < words.size() ? words.get(d.endWord) : null;
        Word next2 = d.endWord + 1 < words.size() ? words.get(d.endWord + 1) : null;
        Word prev = d.firstWord > 0 ? words.get(d.firstWord - 1) : null;
        boolean plainWords = true;
        for (int k = d.firstWord; k < d.endWord; k++) {
            Word w = words.get(k);
            if (lex.isCommon(w.lower()) || lex.brands.contains(w.text()) || w.isAllCaps()) plainWords = false;
        }
        if (n >= 2 && n <= 3 && plainWords && next != null && SPEECH.contains(next.lower())) {
            d.type(EntityType.PERSON, "speaker", false);
        } else if (n >= 2 && n <= 3 && plainWords && next != null && next.is(",") && next2 != null
                && PERSON_AFTER.contains(next2.lower())) {
            d.type(EntityType.PERSON, "who", false);
        } else if (prev != null && LOCATIVE.contains(prev.lower()) && n <= 3 && !hasBrand(words, d)
                && !(d.firstWord >= 2 && HOLDINGS.contains(words.get(d.firstWord - 2).lower()))
                && (next == null || !next.isWord() || AFTER_PLACE.contains(next.lower()))) {
            d.type(EntityType.LOCATION, "locative", false);
        }
    }

    private boolean hasBrand(List<Word> words, Draft d) {
        for (int k = d.firstWord; k < d.endWord; k++) if (lex.brands.contains(words.get(k).text())) return true;
        return false;
    }

    private void defaultType(Draft d) {
        String lower = d.text.toLowerCase(Locale.ROOT);
        if (NameFinder.isProductCode(d.text)) {
            d.type(EntityType.OTHER, "product-code", false);
        } else {
            d.type(EntityType.ORGANIZATION, lower.equals(d.text) ? "default" : "default", false);
        }
    }
}
