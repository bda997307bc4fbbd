package io.corroborate.annotate.mention;

import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.MentionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds names: runs of capitalised words joined by name connectors ("Bank of America", "Procter & Gamble",
 * "Ursula von der Leyen"), with leading titles split off as the role ("Press Secretary Karoline Leavitt":
 * role "Press Secretary", name "Karoline Leavitt"), and types each by its strong cues (titles, lexicons,
 * organisation suffixes). Names left untyped are typed later from document context by {@link NameTyper}.
 */
final class NameFinder {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "our", "his", "her", "its", "their", "my", "your", "some", "many", "all", "both", "each", "every",
            "no", "any", "several", "most", "such", "another", "other");
    private static final Set<String> NOT_NAMES = Set.of("i", "i'm", "i've", "i'd", "i'll", "ok", "okay",
            "he", "she", "it", "we", "they", "you", "utc", "gmt", "est", "edt", "pst", "pdt",
            "cst", "cdt", "bst", "cet", "cest", "et", "pt", "am", "pm", "a.m.", "p.m.", "usd", "eur", "gbp", "jpy",
            "cny", "chf", "cad", "aud", "rmb");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
            "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "christmas", "easter", "ramadan", "thanksgiving", "spring",
            "summer", "autumn", "winter");
    /** Suffixes glued to a name by a hyphen: "New York-based" names New York. */
    private static final Set<String> GLUED = Set.of("-based", "-born", "-headquartered", "-listed", "-owned",
            "-led", "-backed", "-made", "-built", "-run", "-controlled", "-bound", "-style");
    /** Nouns after a name that make it a place ("Heathrow airport"); as the name's last word they do too. */
    static final Set<String> PLACE_NOUNS = Set.of("airport", "river", "lake", "ocean", "sea", "bay", "island",
            "islands", "peninsula", "valley", "mountains", "coast", "strait", "canal", "street", "avenue",
            "boulevard", "square", "province", "county", "region", "desert", "harbour", "harbor", "gulf", "factory",
            "plant", "stadium", "arena", "terminal", "bridge", "tower", "refinery", "mine", "dam", "cathedral");
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "del", "della", "van", "von",
            "der", "den", "le", "la", "bin", "ibn", "al", "el", "dos", "das", "ter", "ten", "y", "st.");
    private static final Set<String> OF_PLACE_HEADS = Set.of("republic", "kingdom", "state", "states", "gulf",
            "bay", "sea", "isle", "isles", "island", "islands", "cape", "lake", "mount", "city", "province",
            "district", "county", "strait", "straits", "port", "duke", "prince", "princess", "king", "queen",
            "emirate", "sultanate", "commonwealth", "federation", "union", "people's");
    private static final Set<String> INDEX_WORDS = Set.of("index", "average", "composite", "indices");
    /** Nouns after a name that make it a product ("the Ford Taurus sedan", "Mac OS X operating system"). */
    private static final Set<String> PRODUCT_NOUNS = Set.of("sedan", "suv", "pickup", "minivan", "coupe",
            "hatchback", "jet", "airliner", "jetliner", "plane", "smartphone", "phone", "handset", "laptop",
            "tablet", "browser", "software", "app", "console", "player", "operating", "model", "vehicle", "car",
            "truck", "drug", "vaccine", "missile", "rifle", "satellite", "rocket", "chip", "processor");

    private final Lexicon lex = Lexicon.get();

    List<Draft> find(DocWords doc) {
        List<Draft> out = new ArrayList<>();
        for (int si = 0; si < doc.sentences.size(); si++) {
            List<Word> words = doc.sentences.get(si);
            boolean headline = doc.headline.get(si);
            int i = 0;
            while (i < words.size()) {
                if (!startsName(doc, words, i, headline)) {
                    i++;
                    continue;
                }
                int j = extend(doc, words, i, headline);
                chunk(doc, si, words, i, j, headline, out);
                i = j;
            }
        }
        // A first name that the article also uses alone is probably a company or brand ("Ford Taurus").
        Set<String> singles = new java.util.HashSet<>();
        for (Draft d : out) if (d.endWord - d.firstWord == 1) singles.add(d.text);
        for (Draft d : out) {
            if ("first-name".equals(d.cue) && singles.contains(d.text.substring(0, d.text.indexOf(' ')))) {
                d.type(null, null, false);
                d.gender = 0;
            }
        }
        return out;
    }

    private boolean startsName(DocWords doc, List<Word> words, int i, boolean headline) {
        Word w = words.get(i);
        if (i + 1 < words.size() && words.get(i + 1).is("$") && words.get(i + 1).start() == w.end()) return false;
        if (!w.isWord() || !w.isNameLike() || NOT_NAMES.contains(w.lower()) || CALENDAR.contains(w.lower())
                || isContraction(w.lower())) {
            return false;
        }
        return !(headline && plainWord(doc, w));
    }

    /** "Won't", "They're", "We'll": never names. */
    private static boolean isContraction(String lower) {
        return lower.endsWith("n't") || lower.endsWith("'ll") || lower.endsWith("'re") || lower.endsWith("'ve")
                || lower.endsWith("'m") || lower.endsWith("'d") && lower.length() <= 6;
    }

    /** A capitalised word that is probably an ordinary word: common, unknown to every name list, never capitalised mid-sentence. */
    private boolean plainWord(DocWords doc, Word w) {
        String l = w.lower();
        if (doc.seenCapitalisedMid.contains(l)) return false;
        if (!lex.isCommon(l) && !(l.indexOf('-') > 0 && allCommon(l.split("-")))) return false;
        return !isKnownNameWord(w);
    }

    private boolean allCommon(String[] parts) {
        for (String p : parts) if (!lex.isCommon(p) && !p.equals("pre") && !p.equals("co")) return false;
        return true;
    }

    private boolean isKnownNameWord(Word w) {
        String l = w.lower();
        return lex.firstName(l) != null || lex.places.containsKey(w.text()) || lex.demonyms.containsKey(w.text())
                || lex.brands.contains(w.text()) || lex.orgNames.contains(l) || lex.titleHeads.contains(l)
                || lex.honorifics.containsKey(l) || lex.orgSuffixes.contains(l);
    }

    private int extend(DocWords doc, List<Word> words, int i, boolean headline) {
        int j = i + 1;
        int n = words.size();
        while (j < n) {
            Word w = words.get(j);
            if (startsName(doc, words, j, headline)) {
                j++;
                continue;
            }
            String l = w.lower();
            Word prev = words.get(j - 1);
            if ((l.equals("of") || l.equals("for")) && j + 1 < n) {
                String pl = prev.lower();
                boolean head = lex.orgOfHeads.contains(pl) || OF_PLACE_HEADS.contains(pl) || lex.titleHeads.contains(pl);
                if (head && prev.isCapitalised()) {
                    if (startsName(doc, words, j + 1, headline)) {
                        j += 2;
                        continue;
                    }
                    if (words.get(j + 1).lower().equals("the") && j + 2 < n && startsName(doc, words, j + 2, headline)) {
                        j += 3;
                        continue;
                    }
                }
                break;
            }
            if ((l.equals("&") || l.equals("and") && allCapsRun(words, i, j)) && j + 1 < n
                    && startsName(doc, words, j + 1, headline)) {
                j += 2;
                continue;
            }
            if (PARTICLES.contains(l) && !l.equals("st.") && j + 1 < n && startsName(doc, words, j + 1, headline)
                    && !lex.isTitleWord(prev.lower())) {
                j += 2;
                continue;
            }
            if (w.isNumber() && w.text().length() <= 4 && w.text().chars().allMatch(Character::isDigit)
                    && (prev.isAllCaps() || prev.text().contains("&"))) {
                j++; // index names: "FTSE 100", "S&P 500"
                continue;
            }
            if (isModelNumber(w) && prev.isCapitalised() && !lex.places.containsKey(prev.text())
                    && !lex.demonyms.containsKey(prev.text()) && !lex.isTitleWord(prev.lower())) {
                j++; // product models: "Boeing 717", "Airbus 330-200"
                continue;
            }
            break;
        }
        return j;
    }

    /** "717", "737-800", "787s": three or four digits that are not a year. */
    private static boolean isModelNumber(Word w) {
        String t = w.text();
        if (t.endsWith("s")) t = t.substring(0, t.length() - 1);
        int dash = t.indexOf('-');
        String head = dash > 0 ? t.substring(0, dash) : t;
        if (head.length() < 3 || head.length() > 4 || !head.chars().allMatch(Character::isDigit)) return false;
        if (dash > 0 && !t.substring(dash + 1).chars().allMatch(Character::isLetterOrDigit)) return false;
        int v = Integer.parseInt(head);
        return !(head.length() == 4 && v >= 1800 && v <= 2100);
    }

    private static boolean allCapsRun(List<Word> words, int i, int j) {
        for (int k = i; k < j; k++) if (!words.get(k).isAllCaps()) return false;
        return j - i == 1 && words.get(i).text().length() == 1;
    }

    /** Turns the run words[a, b) into name drafts: strips determiners, splits roles, types by strong cues. */
    private void chunk(DocWords doc, int si, List<Word> words, int a, int b, boolean headline, List<Draft> out) {
        // Leading determiners and capitalised ordinary words at the start of a sentence.
        while (a < b) {
            Word w = words.get(a);
            if (DETERMINERS.contains(w.lower())) {
                a++;
            } else if ((DocWords.initial(words, a) || headline) && plainWord(doc, w)
                    && !(lex.titleMods.contains(w.lower()) && a + 1 < b && lex.isTitleWord(words.get(a + 1).lower()))) {
                a++;
            } else {
                break;
            }
        }
        // A run that ended on a connector ("Bank of") or trailing ordinary words in a headline.
        while (b > a && !words.get(b - 1).isNameLike() && !words.get(b - 1).isNumber()) b--;
        if (a >= b) return;
        Word lastWord = words.get(b - 1);
        for (String g : GLUED) {
            if (lastWord.lower().endsWith(g) && lastWord.text().length() > g.length()) {
                int e = lastWord.end() - g.length();
                String t = doc.text.substring(lastWord.start(), e);
                words = new ArrayList<>(words);
                words.set(b - 1, new Word(lastWord.start(), e, t, t.toLowerCase(Locale.ROOT)));
                break;
            }
        }
        if (b - a == 1 && words.get(a).text().length() == 1) return;
        if (b - a > 1 && lex.eventWords.contains(words.get(b - 1).lower())) return; // "Paris Air Show": an event

        // Honorific or title prefix: the role.
        int nameStart = roleEnd(words, a, b);
        if (nameStart > a) {
            int titleStart = titleRunStart(words, a, nameStart);
            if (titleStart > a && !allPlain(doc, words, a, titleStart)) {
                // "White House Press Secretary X": "White House" is a name of its own inside the role.
                chunk(doc, si, words, a, titleStart, headline, out);
            }
            Draft d = draft(doc, si, words, nameStart, b);
            d.role(span(doc, words, a, nameStart), words.get(a).start(), words.get(nameStart - 1).end());
            Character g = lex.honorifics.get(words.get(nameStart - 1).lower());
            if (g == null) g = lex.honorifics.get(words.get(a).lower());
            if (g != null && g != 'U') d.gender = g;
            d.type(EntityType.PERSON, "title", true);
            out.add(d);
            return;
        }
        // "Air France Flight 447": the airline is the name; the flight is not an entity.
        for (int f = a + 1; f < b - 1; f++) {
            if (words.get(f).lower().equals("flight") && words.get(f + 1).isNumber()) {
                chunk(doc, si, words, a, f, headline, out);
                return;
            }
        }
        // "US Air Force", "UK RAF", "United Kingdom iTunes": a country written as a modifier is its own name.
        int country = countryPrefix(words, a, b);
        if (country > a && country < b && namesOnItsOwn(words, country, b)) {
            chunk(doc, si, words, a, country, headline, out);
            chunk(doc, si, words, country, b, headline, out);
            return;
        }
        // Only title words: "the President" is a nominal, found elsewhere.
        if (allTitles(words, a, b)) return;
        // "Prime Minister of Canada": a role; only what follows "of" is a name.
        for (int o = a + 1; o < b - 1; o++) {
            if (words.get(o).lower().equals("of")) {
                if (allTitles(words, a, o)) {
                    chunk(doc, si, words, o + 1, b, headline, out);
                    return;
                }
                break;
            }
        }
        // Trailing title words: "Apple CEO" names Apple; the role phrase is a nominal found elsewhere.
        int nameEnd = b;
        while (nameEnd > a && lex.titleHeads.contains(words.get(nameEnd - 1).lower())
                && !lex.orgSuffixes.contains(words.get(nameEnd - 1).lower())) {
            nameEnd--;
            while (nameEnd > a && lex.titleMods.contains(words.get(nameEnd - 1).lower())
                    && !lex.orgSuffixes.contains(words.get(nameEnd - 1).lower())) nameEnd--;
        }
        if (nameEnd > a && nameEnd < b) {
            chunk(doc, si, words, a, nameEnd, headline, out);
            return;
        }
        // A demonym or place before an unknown word that does not continue a name ("Japanese Toyota" stays whole
        // only when typed as one); "Russian Federation" stays whole.
        Draft d = draft(doc, si, words, a, b);
        strongType(d, words, a, b);
        if (d.type == null && b - a >= 2 && lex.demonyms.containsKey(words.get(a).text())
                && !lex.orgSuffixes.contains(words.get(b - 1).lower())) {
            chunk(doc, si, words, a, a + 1, headline, out);
            chunk(doc, si, words, a + 1, b, headline, out);
            return;
        }
        out.add(d);
    }

    /** Index after the leading role of words[a, b), or a when there is none (or nothing name-like follows it). */
    private int roleEnd(List<Word> words, int a, int b) {
        int lastHead = -1;
        boolean weakOnly = true;
        for (int k = a; k < b - 1; k++) {
            Word w = words.get(k);
            String l = w.lower();
            boolean hon = lex.honorifics.containsKey(l);
            boolean head = lex.titleHeads.contains(l) || lex.weakTitles.contains(l) || hon;
            boolean mod = lex.titleMods.contains(l);
            if (head) {
                lastHead = k;
                weakOnly &= lex.weakTitles.contains(l);
                continue;
            }
            if (mod || lastHead < 0 && (lex.demonyms.containsKey(w.text()) || w.isCapitalised())) {
                continue;
            }
            if (l.equals("of") && lastHead == k - 1 && k + 1 < b - 1) {
                continue; // "Secretary of State X"
            }
            if (lastHead < 0 && (l.equals("of") || l.equals("&") || PARTICLES.contains(l))) {
                continue; // "Bank of America Chairman X"
            }
            break;
        }
        if (lastHead < 0) return a;
        int nameStart = lastHead + 1;
        if (nameStart >= b) return a;
        // "Secretary of State Marco Rubio": the role runs over "of" + one word when a name follows.
        if (words.get(nameStart).lower().equals("of") && nameStart + 2 < b) nameStart += 2;
        Word first = words.get(nameStart);
        if (!first.isCapitalised() || lex.isTitleWord(first.lower())) return a;
        String lastLower = words.get(b - 1).lower();
        if (lex.orgSuffixes.contains(lastLower) || lex.places.containsKey(span(words, nameStart, b))) return a;
        if (weakOnly && lex.firstName(first.lower()) == null) return a; // "General Motors", "Chief Justice"
        // The run before the title must be a place, demonym, organisation or another title, not a person.
        return nameStart;
    }

    /** Start of the run of title words that ends just before nameStart. */
    private int titleRunStart(List<Word> words, int a, int nameStart) {
        int k = nameStart;
        while (k > a) {
            String l = words.get(k - 1).lower();
            if (lex.isTitleWord(l) || lex.honorifics.containsKey(l) || l.equals("of")
                    || (k < nameStart && words.get(k).lower().equals("of"))) {
                if (l.equals("white") || l.equals("house") || l.equals("us") || l.equals("u.s.")) break;
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    /** Every word common and unknown to the name lists ("Presiding" in "Presiding Judge X"). */
    private boolean allPlain(DocWords doc, List<Word> words, int a, int b) {
        for (int k = a; k < b; k++) {
            Word w = words.get(k);
            if (!lex.isCommon(w.lower()) || isKnownNameWord(w)) return false;
        }
        return true;
    }

    private boolean allTitles(List<Word> words, int a, int b) {
        boolean head = false;
        for (int k = a; k < b; k++) {
            String l = words.get(k).lower();
            if (!lex.isTitleWord(l) && !lex.honorifics.containsKey(l) && !l.equals("of")) return false;
            head |= lex.titleHeads.contains(l) || lex.honorifics.containsKey(l);
        }
        return head;
    }

    private Draft draft(DocWords doc, int si, List<Word> words, int a, int b) {
        int s = words.get(a).start(), e = words.get(b - 1).end();
        Draft d = new Draft(si, s, e, doc.text.substring(s, e), MentionKind.NAME);
        d.firstWord = a;
        d.endWord = b;
        return d;
    }

    /** Cues that decide a type on their own. */
    private void strongType(Draft d, List<Word> words, int a, int b) {
        String text = d.text;
        String lower = text.toLowerCase(Locale.ROOT);
        Word first = words.get(a), last = words.get(b - 1);
        String bare = lower.startsWith("the ") ? lower.substring(4) : lower;
        String after = b < words.size() ? words.get(b).lower() : "";
        boolean place = lex.places.containsKey(text) || lex.demonyms.containsKey(text);
        if (lex.indexNames.contains(bare) || INDEX_WORDS.contains(after) && !lex.orgSuffixes.contains(last.lower()) && !place) {
            d.type(EntityType.OTHER, "index-name", true);
        } else if (PRODUCT_NOUNS.contains(after) && (isProductCode(last.text()) || isModelNumber(last))
                && !lex.orgSuffixes.contains(last.lower()) && !lex.places.containsKey(text)) {
            d.type(EntityType.OTHER, "product", true);
        } else if (lex.orgNames.contains(lower)) {
            d.type(EntityType.ORGANIZATION, "org-name", true);
        } else if (lex.demonyms.containsKey(text)) {
            d.type(EntityType.LOCATION, "demonym", true);
            d.demonym = true;
            d.head = lex.demonyms.get(text);
        } else if (lex.orgSuffixes.contains(last.lower()) && (b - a > 1 || last.lower().equals("congress")
                || last.lower().equals("parliament") || last.lower().equals("senate"))) {
            d.type(EntityType.ORGANIZATION, "org-suffix", true);
        } else if (b - a > 2 && lex.orgOfHeads.contains(first.lower()) && words.get(a + 1).lower().matches("of|for")) {
            d.type(EntityType.ORGANIZATION, "org-of", true);
        } else if (lex.places.containsKey(text) || b - a == 1 && text.length() >= 4 && first.isAllCaps()
                && lex.places.containsKey(text.charAt(0) + lower.substring(1))) {
            d.type(EntityType.LOCATION, "place", true); // "FLINT" in a dateline too
        } else if (PLACE_NOUNS.contains(after) || b - a > 1 && PLACE_NOUNS.contains(last.lower())) {
            d.type(EntityType.LOCATION, "place-noun", true);
        } else if (b - a > 1 && isModelNumber(last)) {
            d.type(EntityType.OTHER, "model", true);
        } else if (INDEX_WORDS.contains(last.lower()) && b - a > 1 || (b - a > 1 && last.isNumber())) {
            d.type(EntityType.OTHER, "index", true);
        } else if (b - a == 1 && isProductCode(first.text())) {
            d.type(EntityType.OTHER, "product-code", true);
        } else if (b - a >= 2 && lex.firstName(first.lower()) != null && last.isCapitalised()
                && !last.isAllCaps() && !PARTICLES.contains(first.lower()) && !hasConnector(words, a, b)
                && !quoted(words, a, b)
                && !lex.places.containsKey(first.text()) && !lex.brands.contains(first.text())
                && !lex.places.containsKey(last.text())
                && !(lex.firstName(first.lower()) != null && lex.isCommon(first.lower())
                     && lex.places.containsKey(span(words, a + 1, b)))) {
            d.type(EntityType.PERSON, "first-name", true);
            Character g = lex.firstName(first.lower());
            if (g != 'U') d.gender = g;
        } else if (b - a >= 2 && lex.places.containsKey(last.text()) && lex.places.containsKey(span(words, a, b - 1))) {
            d.type(EntityType.LOCATION, "place-pair", true); // "Paris, France" never joins, but "Long Beach California" might
        }
    }

    private static final Set<String> COUNTRY_MODIFIERS = Set.of("us", "u.s.", "uk", "u.k.", "eu", "e.u.");

    /** End of a leading "US", "U.K.", "EU", "United States" or "United Kingdom", or a when there is none. */
    private static int countryPrefix(List<Word> words, int a, int b) {
        if (COUNTRY_MODIFIERS.contains(words.get(a).lower())) return a + 1;
        if (b - a > 2 && words.get(a).lower().equals("united")
                && (words.get(a + 1).lower().equals("states") || words.get(a + 1).lower().equals("kingdom"))) {
            return a + 2;
        }
        return a;
    }

    /** The rest names something by itself: an acronym, a known organisation, a product, or "X ... Suffix". */
    private boolean namesOnItsOwn(List<Word> words, int a, int b) {
        Word first = words.get(a);
        if (b - a == 1) {
            return first.isAllCaps() && first.text().length() >= 2 || isProductCode(first.text())
                    || lex.orgNames.contains(first.lower());
        }
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < b; k++) sb.append(k > a ? " " : "").append(words.get(k).lower());
        return lex.orgNames.contains(sb.toString()) || lex.orgSuffixes.contains(words.get(b - 1).lower());
    }

    /** "Royal Courts of Justice", "Johnson & Johnson": people's names have no "of" or "&". */
    private static boolean hasConnector(List<Word> words, int a, int b) {
        for (int k = a + 1; k < b - 1; k++) {
            String l = words.get(k).lower();
            if (l.equals("of") || l.equals("&") || l.equals("and") || l.equals("for")) return true;
        }
        return false;
    }

    /** The run stands alone in quotation marks: the title of a plan, a show or a book ("Way Forward"). */
    private static boolean quoted(List<Word> words, int a, int b) {
        if (a == 0 || b >= words.size()) return false;
        String before = words.get(a - 1).text(), after = words.get(b).text();
        return (before.equals("\"") || before.equals("\u201c") || before.equals("'") || before.equals("\u2018"))
                && (after.equals("\"") || after.equals("\u201d") || after.equals("'") || after.equals("\u2019"));
    }

    /** "A380", "iPhone", "F-35": letters and digits mixed, or a lower-case start with a capital inside. */
    static boolean isProductCode(String t) {
        boolean letters = false, digits = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            letters |= Character.isLetter(c);
            digits |= Character.isDigit(c);
        }
        if (letters && digits) return true;
        return Character.isLowerCase(t.charAt(0)) && !t.equals(t.toLowerCase(Locale.ROOT));
    }

    private static String span(DocWords doc, List<Word> words, int a, int b) {
        return doc.text.substring(words.get(a).start(), words.get(b - 1).end());
    }

    private static String span(List<Word> words, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < b; k++) {
            if (k > a) sb.append(' ');
            sb.append(words.get(k).text());
        }
        return sb.toString();
    }
}
