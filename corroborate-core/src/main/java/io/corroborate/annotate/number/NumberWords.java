package io.corroborate.annotate.number;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads numbers written in digits ("2,000", "4.9") or words ("two", "twenty-five", "a dozen",
 * "three hundred", "two and a half"). Shared by the quantity and time-expression taggers.
 */
public final class NumberWords {
    private NumberWords() {
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1), Map.entry("dozen", 12));

    private static final Map<String, Long> SCALE = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

    /** Regex (no groups) for one spelled-out number: "two", "twenty-five", "three hundred", "a dozen", "two and a half". */
    public static final String WORD_NUMBER;

    static {
        String unit = "(?:one|two|three|four|five|six|seven|eight|nine)";
        String teen = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
        String tens = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
        String small = "(?:" + tens + "(?:[- ]" + unit + ")?|" + teen + "|" + unit + ")";
        String head = "(?:" + small + "|an?)";
        WORD_NUMBER = "(?:(?:a|one|half a) dozen|" + head + "(?: hundred(?: (?:and )?" + small + ")?)?"
                + "(?: (?:thousand|million|billion))?(?: and a half)?|" + small + ")";
    }

    /** Value of a digit string with thousands commas ("2,000", "4.9", "1 000"), or NaN. */
    public static double digits(String s) {
        String t = s.replace(",", "").replace("\u00A0", "").replace(" ", "");
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Multiplier of a scale word or abbreviation ("million", "m", "bn", "k"), or 0 when it is none. */
    public static long scale(String word) {
        if (word == null) return 0;
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (w) {
            case "hundred" -> 100L;
            case "thousand", "k" -> 1_000L;
            case "million", "m", "mn", "mln" -> 1_000_000L;
            case "billion", "bn", "b" -> 1_000_000_000L;
            case "trillion", "tn", "trn" -> 1_000_000_000_000L;
            default -> 0L;
        };
    }

    /** Value of a spelled-out number ("twenty-five", "a dozen", "two hundred", "two and a half"), or empty. */
    public static OptionalDouble words(String s) {
        String t = s.toLowerCase(Locale.ROOT).trim().replace('-', ' ').replaceAll("\\s+", " ");
        double half = 0;
        if (t.endsWith(" and a half")) {
            half = 0.5;
            t = t.substring(0, t.length() - " and a half".length());
        }
        long total = 0, current = 0;
        boolean any = false;
        for (String w : t.split(" ")) {
            if (w.equals("and")) continue;
            if (w.equals("half")) {
                half = -1; // "half a dozen"
                continue;
            }
            Integer v = SMALL.get(w);
            if (v != null) {
                if (w.equals("dozen")) current = (current == 0 ? 1 : current) * 12;
                else current += v;
                any = true;
                continue;
            }
            Long sc = SCALE.get(w);
            if (sc == null) return OptionalDouble.empty();
            if (current == 0) current = 1;
            if (sc == 100) {
                current *= 100;
            } else {
                total += current * sc;
                current = 0;
            }
            any = true;
        }
        if (!any) return OptionalDouble.empty();
        return OptionalDouble.of(half < 0 ? (total + current) / 2.0 : total + current + half);
    }

    /** Value of either form, or NaN. */
    public static double value(String s) {
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) return digits(s);
        OptionalDouble w = words(s);
        return w.isPresent() ? w.getAsDouble() : Double.NaN;
    }
}
