package io.corroborate.annotate.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind mention finding, loaded once from this package's resources and read-only after.
 * Keys are lower case unless a method says otherwise. Sources and licences: docs/annotation.md.
 */
final class Lexicon {
    /** A place: its kind (country, state, city, continent, region) and the country or canonical name. */
    record Place(String kind, String canonical) {
    }

    private static final Lexicon INSTANCE = new Lexicon();

    final Set<String> commonWords = new HashSet<>();
    final Map<String, Character> firstNames = new HashMap<>();
    /** Keyed by the name as written (case kept) and by its lower case form. */
    final Map<String, Place> places = new HashMap<>();
    /** Demonym (case kept) to country. */
    final Map<String, String> demonyms = new HashMap<>();
    final Set<String> brands = new HashSet<>();
    final Set<String> titleHeads = new HashSet<>();
    final Set<String> weakTitles = new HashSet<>();
    final Set<String> titleMods = new HashSet<>();
    final Map<String, Character> honorifics = new HashMap<>();
    final Set<String> orgSuffixes = new HashSet<>();
    final Set<String> orgOfHeads = new HashSet<>();
    final Set<String> orgNames = new HashSet<>();
    final Set<String> orgNominals = new HashSet<>();
    final Set<String> indexNames = new HashSet<>();
    final Set<String> eventWords = new HashSet<>();
    final Set<String> currencies = new HashSet<>();
    /** Longest place name in words, to bound look-ups. */
    int maxPlaceWords = 1;

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
        for (String w : lines("common-words.txt")) commonWords.add(w);
        for (String file : new String[] {"first-names.tsv", "first-names-extra.tsv"}) {
            for (String l : lines(file)) {
                String[] f = l.split("\t");
                firstNames.putIfAbsent(f[0].toLowerCase(Locale.ROOT), f[1].charAt(0));
            }
        }
        for (String file : new String[] {"places-extra.txt", "places.tsv"}) {
            for (String l : lines(file)) {
                String[] f = l.split("\t");
                Place p = new Place(f[1], f[2]);
                places.putIfAbsent(f[0], p);
                places.putIfAbsent(f[0].toLowerCase(Locale.ROOT), p);
                maxPlaceWords = Math.max(maxPlaceWords, f[0].split(" ").length);
            }
        }
        for (String file : new String[] {"demonyms-extra.txt", "demonyms.tsv"}) {
            for (String l : lines(file)) {
                String[] f = l.split("\t");
                demonyms.putIfAbsent(f[0], f[1]);
            }
        }
        for (String w : lines("brand-words.txt")) brands.add(w);
        for (String l : lines("titles.txt")) {
            String[] f = l.split(" ");
            switch (f[0]) {
                case "head" -> titleHeads.add(f[1]);
                case "weak" -> weakTitles.add(f[1]);
                case "mod" -> titleMods.add(f[1]);
                case "hon" -> honorifics.put(f[1], f[2].charAt(0));
                default -> throw new IllegalStateException("titles.txt: unknown line " + l);
            }
        }
        for (String l : lines("org-cues.txt")) {
            int sp = l.indexOf(' ');
            String kind = l.substring(0, sp), value = l.substring(sp + 1);
            switch (kind) {
                case "suffix" -> orgSuffixes.add(value);
                case "of" -> orgOfHeads.add(value);
                case "name" -> orgNames.add(value);
                case "nominal" -> orgNominals.add(value);
                default -> throw new IllegalStateException("org-cues.txt: unknown line " + l);
            }
        }
        for (String l : lines("other-names.txt")) {
            int sp = l.indexOf(' ');
            String kind = l.substring(0, sp), value = l.substring(sp + 1);
            switch (kind) {
                case "index" -> indexNames.add(value);
                case "event" -> eventWords.add(value);
                case "currency" -> currencies.add(value);
                default -> throw new IllegalStateException("other-names.txt: unknown line " + l);
            }
        }
    }

    boolean isCommon(String lower) {
        return commonWords.contains(lower);
    }

    /** Gender of a first name: 'F', 'M', 'U' (both), or null when not a known first name. */
    Character firstName(String word) {
        return firstNames.get(word.toLowerCase(Locale.ROOT));
    }

    Place place(String name) {
        Place p = places.get(name);
        return p != null ? p : null;
    }

    boolean isTitleWord(String lower) {
        return titleHeads.contains(lower) || titleMods.contains(lower) || weakTitles.contains(lower);
    }

    private static Iterable<String> lines(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + name);
            var out = new java.util.ArrayList<String>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l; (l = r.readLine()) != null; ) {
                if (!l.isBlank() && !l.startsWith("#")) out.add(l.strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
    }
}
