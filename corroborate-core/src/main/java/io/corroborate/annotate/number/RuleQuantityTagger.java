package io.corroborate.annotate.number;

import io.corroborate.annotate.Parsed;
import io.corroborate.annotate.Quantity;
import io.corroborate.annotate.QuantityTagger;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.time.RuleTimexTagger;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with what they count or measure: "175 prisoners", "more than two hours", "$4.9 million" (usd),
 * "about 2,000", "2.62%", "a dozen", "6-week-old". The unit is the counted noun or unit word after the
 * number, lemmatised ("prisoners" -> "prisoner"), found by reading up to four words of the noun phrase
 * ("23 severely wounded Ukrainian soldiers" -> "soldier"); currencies become ISO codes in lower case.
 *
 * <p>Not numbers here: dates, years and clock times (the time-expression layer has them; durations such as
 * "30 days" are both), ordinals ("7th", "first"), model names and codes ("Boeing 787", "A380", "No. 2"),
 * scores and ranges written with a hyphen ("3-2"), and "one" as a pronoun ("one of them").
 * The span covers the qualifier, the number and, when it follows at once, the unit; {@code unitSpan} marks
 * the unit wherever it is. Stateless and thread-safe.
 */
public final class RuleQuantityTagger implements QuantityTagger {
    private static final String SP = "[ \\u00A0]+";
    private static final String QUAL = "more than|less than|fewer than|just over|just under|well over|over|under"
            + "|about|around|nearly|almost|up to|at least|at most|roughly|approximately|some|close to|as many as"
            + "|as much as|upwards of|no more than|no less than|an estimated|estimated|in excess of|greater than"
            + "|more then|only|just|exactly|below|above";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.,$£€¥-])(?:(?<qual>" + QUAL + ")" + SP + ")?"
                    + "(?<cur>US\\$|U\\.S\\.\\s?\\$|A\\$|AU\\$|C\\$|CA\\$|NZ\\$|HK\\$|S\\$|\\$|£|€|¥|₹|(?-i:USD|EUR|GBP|JPY|CHF|CNY|RMB)"
                    + SP + ")?"
                    + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" + NumberWords.WORD_NUMBER + ")"
                    + "(?:(?:" + SP + ")?(?<scale>hundred|thousand|million|billion|trillion|bn|mn|m|k|b)(?![\\p{L}\\p{N}]))?"
                    + "(?<att>(?-i:GB|MB|TB|KB|GHz|MHz|km|kg|mm|cm|mph|MW|GW|kW|kWh|ft|lbs|lb))?"
                    + "(?<pct>(?:" + SP + ")?%|" + SP + "(?:percent|per" + SP + "cent|percentage" + SP + "points?|pct)(?![\\p{L}]))?"
                    + "(?:-(?<hunit>[a-z]+)(?:-(?:old|long|high|low|wide|tall|deep|strong))?)?"
                    + "(?![\\p{L}\\p{N}]|[.,:]\\d|-\\d)"
                    + "(?:" + SP + "(?<trail>or more|or so|plus|or fewer|or less|or over))?",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> STOP = set("of", "in", "on", "at", "to", "for", "from", "with", "by", "and",
            "or", "but", "as", "than", "that", "which", "who", "whom", "whose", "were", "was", "are", "is", "be",
            "been", "have", "has", "had", "will", "would", "could", "should", "may", "might", "can", "did", "do",
            "does", "said", "says", "the", "a", "an", "this", "these", "those", "their", "its", "his", "her", "our",
            "per", "each", "every", "about", "over", "more", "less", "after", "before", "since", "during", "into",
            "out", "up", "down", "off", "while", "when", "where", "if", "so", "not", "also", "already", "just",
            "only", "still", "ago", "earlier", "later", "they", "we", "he", "she", "it", "i", "you", "there",
            "here", "then", "now", "today", "yesterday", "tomorrow", "other", "others", "all", "both", "some",
            "such", "among", "between", "against", "under", "through", "across", "around", "behind", "above",
            "below", "near", "via", "percent", "versus", "vs", "plus", "minus", "times", "again", "or", "nor", "yet");
    private static final Set<String> TIME_UNITS = set("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years",
            "decade", "decades", "century", "centuries", "quarter", "quarters", "sec", "secs", "min", "mins", "hr",
            "hrs", "yr", "yrs");
    /** Units of measure: singular after any number ("2.5 hour", "20 year low", "300 km"). */
    private static final Set<String> MEASURES = set("second", "minute", "hour", "day", "week", "fortnight", "month",
            "year", "decade", "century", "quarter", "sec", "min", "hr", "yr", "km", "kilometre", "kilometer", "mile",
            "metre", "meter", "foot", "inch", "kg", "kilogram", "gram", "pound", "ton", "tonne", "acre", "hectare",
            "gallon", "litre", "liter", "barrel", "degree", "percent", "percentage point", "point", "gb", "mb", "tb",
            "mph", "mw", "gw", "kw", "watt", "volt", "usd", "eur", "gbp", "jpy", "dollar", "euro", "yen", "cent",
            "square", "cubic", "bps", "basis");
    private static final Set<String> COLLECTIVE = set("people", "aircraft", "staff", "police", "personnel",
            "sheep", "fish", "deer", "yen", "cattle", "livestock", "crew", "offspring", "series", "species");
    private static final Set<String> PRONOUN_ONE_BEFORE = set("no", "the", "this", "that", "every", "any", "each",
            "which", "someone", "anyone", "everyone", "such", "only", "another", "last", "next", "first", "little",
            "big", "new", "old", "one", "no.");
    private static final Set<String> PRONOUN_ONE_AFTER = set("of", "another", "who", "that", "which", "thing",
            "way", "or", "another's", "day", "time", "point", "side", "hand", "must", "should", "can", "could",
            "would", "will", "is", "was", "has", "had", "might", "may");
    private static final Set<String> CODE_BEFORE = set("no", "no.", "nos", "nos.", "number", "#", "flight",
            "route", "room", "page", "pages", "article", "section", "chapter", "version", "level", "grade", "size",
            "line", "channel", "interstate", "highway", "paragraph", "clause", "item", "rule", "tier", "phase",
            "stage", "round", "week", "day", "game", "act", "title", "district", "precinct", "ward", "gate",
            "terminal", "platform", "seat", "row", "box", "pier");
    private static final Set<String> SENTENCE_START_WORDS = set("About", "Over", "Some", "Nearly", "Almost",
            "Around", "More", "At", "Up", "Only", "Just", "All", "The", "Those", "These", "Its", "His", "Her",
            "Their", "Our", "My", "Another", "Roughly", "Approximately", "Fewer", "Less", "Under", "Exactly", "And",
            "But", "With", "Of", "In", "On", "For", "By", "From", "To", "Than", "Another", "An", "A", "Estimated");

    private static final Set<String> PARTICLE_VERBS = set("hand", "handed", "handing", "hands", "take", "took",
            "taken", "taking", "takes", "turn", "turned", "turning", "turns", "win", "won", "pass", "passed", "sign",
            "signed", "give", "gave", "given", "hold", "held", "choose", "chose", "chosen", "selected", "pick",
            "picked", "favored", "favoured", "preferred", "prevailed", "triumphed", "lead", "led", "edged", "beat",
            "fell", "came", "come", "went", "go", "put", "brought", "bring", "moved", "move", "carried", "spilled");

    private final RuleTimexTagger timexes = new RuleTimexTagger();

    @Override
    public List<Quantity> tag(Parsed parsed) {
        String text = parsed.text();
        List<Quantity> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        m.useTransparentBounds(true);
        for (Span region : parsed.lineRuns()) {
            // the pattern runs only near digits, currency signs and number words: most text has none
            int last = region.start();
            for (int[] w : windows(text, region)) {
                m.region(Math.max(w[0], last), w[1]);
                while (m.find()) {
                    last = m.end();
                    Quantity q = quantity(m, text, region);
                    if (q == null) continue;
                    // "between 60 and 90 days": the first number counts what the second does
                    if (!out.isEmpty() && q.unit() != null) {
                        Quantity p = out.get(out.size() - 1);
                        if (p.unit() == null && p.span().end() <= q.span().start()
                                && RANGE_GAP.matcher(text.substring(p.span().end(), q.span().start())).matches()) {
                            out.set(out.size() - 1, new Quantity(p.span(), p.text(), p.value(), q.unit(), p.qualifier(), q.unitSpan()));
                        }
                    }
                    out.add(q);
                }
            }
        }
        return out;
    }

    private static final Pattern RANGE_GAP = Pattern.compile("\\s*(?:and|to|or|-|–)\\s*");

    /** Reach of the number pattern before ("no more than US$") and after ("million percentage points") a trigger. */
    private static final int BEFORE = 24, AFTER = 40;
    private static final Set<String> NUMBER_WORDS = set("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
            "thousand", "million", "billion", "dozen");

    /** Merged windows of {@code region} around digits, currency signs and number words. */
    private static List<int[]> windows(String text, Span region) {
        List<int[]> out = new ArrayList<>();
        int n = region.end();
        for (int i = region.start(); i < n; ) {
            char c = text.charAt(i);
            int s = i, e;
            if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(text.charAt(i))) i++;
                if (i - s > 9 || !NUMBER_WORDS.contains(text.substring(s, i).toLowerCase(Locale.ROOT))) continue;
                e = i;
            } else if (Character.isDigit(c) || "$£€¥₹".indexOf(c) >= 0) {
                while (i < n && (Character.isDigit(text.charAt(i)) || ",.".indexOf(text.charAt(i)) >= 0)) i++;
                if (i == s) i++;
                e = i;
            } else {
                i++;
                continue;
            }
            int ws = Math.max(region.start(), s - BEFORE), we = Math.min(n, e + AFTER);
            if (!out.isEmpty() && out.get(out.size() - 1)[1] >= ws) out.get(out.size() - 1)[1] = we;
            else out.add(new int[] {ws, we});
        }
        return out;
    }

    private Quantity quantity(Matcher m, String text, Span region) {
        String numText = m.group("num");
        int ns = m.start("num"), ne = m.end("num");
        String numLower = numText.toLowerCase(Locale.ROOT);
        boolean spelled = !Character.isDigit(numText.charAt(0));
        if (spelled && (numLower.equals("a") || numLower.equals("an"))) return null;
        // dates, years and clock times are time expressions, not quantities; durations are both
        if (timexes.inDateOrTime(text, Math.max(region.start(), ns - 40), Math.min(region.end(), ne + 40), new Span(ns, ne))) {
            return null;
        }
        String cur = m.group("cur");
        String scaleWord = m.group("scale");
        String pct = m.group("pct");
        String hunit = m.group("hunit");
        // "m", "b" and "k" are magnitudes only after a currency sign ("$4.9m"); elsewhere they are units we skip
        if (scaleWord != null && scaleWord.length() == 1 && cur == null) return null;
        if (spelled && scaleWord != null && scaleWord.length() <= 2) return null;
        String before = prevToken(text, m.start());
        String beforeLower = before.toLowerCase(Locale.ROOT);
        if (CODE_BEFORE.contains(beforeLower) && m.group("qual") == null && cur == null) return null;
        if (ns > 0 && "#".indexOf(text.charAt(ns - 1)) >= 0) return null;
        if (ns > 1 && text.charAt(ns - 1) == '-' && Character.isLetterOrDigit(text.charAt(ns - 2))) return null;
        if (numLower.equals("one") && cur == null) {
            String next = nextWord(text, m.end()).toLowerCase(Locale.ROOT);
            if (PRONOUN_ONE_BEFORE.contains(beforeLower) || PRONOUN_ONE_AFTER.contains(next) || next.isEmpty()) return null;
        }
        // after a name ("Boeing 787", "FTSE 100", "iPhone 4", "Boeing's 787", "S&P 500") a number is a model or
        // index name unless it counts something plural ("Russia's 175 prisoners")
        boolean afterName = m.group("qual") == null && cur == null && pct == null && !before.isEmpty()
                && !SENTENCE_START_WORDS.contains(before) && !startsSentence(text, m.start() - before.length())
                && before.chars().anyMatch(Character::isUpperCase) && before.chars().noneMatch(Character::isDigit)
                && Character.isLetter(before.charAt(before.length() - 1));
        if (spelled && m.group("qual") == null && cur == null && pct == null && hunit == null
                && nextWord(text, m.end()).isEmpty()) return null; // "the two." / "one," is not a count

        int start = m.start();
        String qualifier = m.group("qual") == null ? null : m.group("qual").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (qualifier != null && (qualifier.equals("over") || qualifier.equals("under") || qualifier.equals("above")
                || qualifier.equals("below")) && PARTICLE_VERBS.contains(prevToken(text, m.start()).toLowerCase(Locale.ROOT))) {
            // "hand over 23 soldiers": a verb particle, not a qualifier
            qualifier = null;
            start = m.group("cur") != null ? m.start("cur") : ns;
        }
        double value = NumberWords.value(numText);
        if (Double.isNaN(value)) return null;
        long scale = NumberWords.scale(scaleWord);
        if (scale > 0) value *= scale;

        if (m.group("trail") != null) qualifier = m.group("trail").toLowerCase(Locale.ROOT);
        int spanEnd = m.group("trail") != null ? m.end("trail") : m.end();
        int numEnd = m.group("trail") != null ? m.start("trail") : m.end();
        // trim the trailing space a percentage group may not include
        String unit = null;
        Span unitSpan = null;
        if (cur != null) {
            unit = currency(cur);
        } else if (pct != null) {
            unit = pct.toLowerCase(Locale.ROOT).contains("point") ? "percentage point" : "percent";
        } else if (m.group("att") != null) {
            unit = m.group("att").toLowerCase(Locale.ROOT);
            unitSpan = new Span(m.start("att"), m.end("att"));
        } else if (hunit != null) {
            unit = Lemma.of(hunit);
            unitSpan = new Span(m.start("hunit"), m.end("hunit"));
        }
        if (unit == null || (cur != null && unitSpan == null)) {
            Head h = head(text, m.group("trail") != null ? spanEnd : numEnd, region.end(), cur != null);
            if (h != null && cur == null) {
                unit = h.unit;
                unitSpan = h.span;
                if (h.adjacent) spanEnd = Math.max(spanEnd, h.span.end());
            }
        }
        boolean measured = unit != null && (cur != null || pct != null || hunit != null || m.group("att") != null
                || MEASURES.contains(unit) || unitSpan != null && (Lemma.plural(unitSpan.of(text))
                || COLLECTIVE.contains(unitSpan.of(text).toLowerCase(Locale.ROOT))));
        if (afterName && !measured) return null;
        // "the final 717 jet", "the new 787 Dreamliner": a bare three-digit-or-more integer before a singular or
        // capitalised word is a model number, not a count
        if (!spelled && !measured && value != 1 && numText.matches("\\d{3,}") && scale == 0) {
            String next = nextWord(text, numEnd);
            if (unit != null || (!next.isEmpty() && Character.isUpperCase(next.charAt(0)))) return null;
        }
        if (!measured && unit != null && value != 1 && !COLLECTIVE.contains(unitSpan == null ? "" : unitSpan.of(text).toLowerCase(Locale.ROOT))) {
            unit = null; // a singular noun after a plural count is not what it counts ("3.0 software")
            unitSpan = null;
            spanEnd = numEnd;
        }
        // a spelled-out number that counts nothing ("one, ... and two,") is an enumeration, not a quantity
        if (spelled && unit == null && qualifier == null) return null;
        return new Quantity(new Span(start, spanEnd), text.substring(start, spanEnd), value, unit, qualifier, unitSpan);
    }

    private record Head(String unit, Span span, boolean adjacent) {
    }

    private static final Pattern WORD = Pattern.compile("\\G[ \\u00A0]*(?<w>[\\p{L}][\\p{L}\\p{N}'’-]*)");

    /** The counted noun after the number: the first unit word or plural noun within four words. */
    private static Head head(String text, int from, int to, boolean money) {
        Matcher w = WORD.matcher(text).region(from, to);
        String lastSingular = null;
        Span lastSpan = null;
        for (int i = 0; i < 4 && w.find(); i++) {
            String word = w.group("w");
            String lw = word.toLowerCase(Locale.ROOT);
            Span sp = new Span(w.start("w"), w.end("w"));
            if (STOP.contains(lw)) break;
            if (money) {
                return null; // "$4.9 million in aid": the currency is the unit
            }
            if (TIME_UNITS.contains(lw)) return new Head(Lemma.of(lw), sp, i == 0);
            if (lw.equals("dollars") || lw.equals("dollar")) return new Head(i == 0 ? "usd" : "dollar", sp, i == 0);
            if (lw.equals("euros") || lw.equals("euro")) return new Head("eur", sp, i == 0);
            if (Lemma.plural(lw) || COLLECTIVE.contains(lw)) {
                if (lw.endsWith("ly")) continue;
                return new Head(Lemma.of(lw), sp, i == 0);
            }
            if (lw.endsWith("ly") || lw.endsWith("ed") || lw.endsWith("ing") || Character.isUpperCase(word.charAt(0))) continue;
            lastSingular = lw;
            lastSpan = sp;
            // a singular noun heads the phrase when punctuation or a stop word follows it
            int after = sp.end();
            while (after < to && text.charAt(after) == ' ') after++;
            if (after >= to || !Character.isLetter(text.charAt(after)) || STOP.contains(nextToken(text, sp.end()).toLowerCase(Locale.ROOT))) {
                return new Head(Lemma.of(lastSingular), lastSpan, i == 0);
            }
        }
        return null;
    }

    private static String currency(String cur) {
        String c = cur.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        return switch (c) {
            case "£", "GBP" -> "gbp";
            case "€", "EUR" -> "eur";
            case "¥", "JPY" -> "jpy";
            case "₹" -> "inr";
            case "A$", "AU$" -> "aud";
            case "C$", "CA$" -> "cad";
            case "NZ$" -> "nzd";
            case "HK$" -> "hkd";
            case "S$" -> "sgd";
            case "CHF" -> "chf";
            case "CNY", "RMB" -> "cny";
            default -> "usd";
        };
    }

    private static String prevToken(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) i--;
        int end = i + 1;
        while (i >= 0 && !Character.isWhitespace(text.charAt(i))) i--;
        return text.substring(i + 1, end);
    }

    /** The next word with any digits and hyphens it holds ("A330-300E"), or "". */
    private static String nextToken(String text, int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        int s = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) i++;
        return text.substring(s, i);
    }

    private static String nextWord(String text, int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        int s = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        return text.substring(s, i);
    }

    private static boolean startsSentence(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) i--;
        return i < 0 || ".!?:\n—–".indexOf(text.charAt(i)) >= 0;
    }


    /** A set that tolerates repeated words in its literal list. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
