package io.corroborate.corroborate.conflict;

import io.corroborate.annotate.Quantity;
import io.corroborate.annotate.Sentence;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small stand-in for the quantity tagger, used only for an article whose quantity layer is empty:
 * digits (and small number words) with the word that follows as unit ("125 people", "7-week-old",
 * "$3 million", "57 percent") and a qualifier just before ("as many as", "about"). Dates, clock times
 * and years are left out.
 */
final class NumberFallback {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("dozen", 12));
    private static final Map<String, Double> MAGNITUDE = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "m", 1e6, "bn", 1e9, "k", 1e3, "mn", 1e6);
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,:/])(?<cur>US\\$|\\$|£|€)?\\s?(?<num>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|"
                    + "(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozen))"
                    + "(?<mag>\\s?(?i:thousand|million|billion|trillion)|(?:m|bn|k|mn)\\b)?"
                    + "(?<unit>%|-[\\p{L}]+(?:-[\\p{L}]+)*|\\s+(?:percent\\b|[\\p{L}][\\p{L}'’-]*))?");
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)(more than|less than|fewer than|as many as|as much as|at least|at most|up to|nearly|almost|about|"
                    + "around|roughly|approximately|some|over|under|just over|just under|an estimated|estimated)\\s+$");
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december");
    private static final Set<String> NOT_UNITS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at",
            "for", "by", "with", "from", "p", "a.m", "p.m", "am", "pm", "percent", "is", "was", "were", "are", "be",
            "that", "who", "which", "as", "but", "if", "than", "had", "has", "have", "said", "says");

    private NumberFallback() {
    }

    static List<Quantity> find(String text, List<Sentence> sentences) {
        List<Quantity> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Matcher m = NUMBER.matcher(text).region(s.span().start(), s.span().end());
            while (m.find()) {
                Quantity q = quantity(text, m, s.span());
                if (q != null) out.add(q);
            }
        }
        return out;
    }

    private static Quantity quantity(String text, Matcher m, Span sentence) {
        String num = m.group("num").toLowerCase(Locale.ROOT);
        double value;
        Integer word = WORDS.get(num);
        if (word != null) value = word;
        else value = Double.parseDouble(num.replace(",", ""));
        String before = text.substring(Math.max(sentence.start(), m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
        String prevWord = before.replaceAll(".*?([\\p{L}]+)\\.?\\s*$", "$1");
        if (MONTHS.contains(prevWord)) return null; // a date: "May 29", "Nov. 23"
        String mag = m.group("mag") == null ? null : m.group("mag").trim().toLowerCase(Locale.ROOT);
        if (mag != null) value *= MAGNITUDE.get(mag);
        String unit;
        Span unitSpan = null;
        String cur = m.group("cur");
        String rawUnit = m.group("unit");
        if (cur != null) {
            unit = cur.equals("£") ? "gbp" : cur.equals("€") ? "eur" : "usd";
        } else if (rawUnit == null) {
            return null;
        } else if (rawUnit.equals("%") || rawUnit.trim().equalsIgnoreCase("percent")) {
            unit = "percent";
        } else {
            String u = rawUnit.trim().replaceFirst("^-", "").toLowerCase(Locale.ROOT).replace('’', '\'');
            if (u.endsWith("'s")) u = u.substring(0, u.length() - 2);
            if (NOT_UNITS.contains(u) || u.isEmpty()) return null;
            if (word == null && value >= 1900 && value <= 2100 && !num.contains(",") && !rawUnit.startsWith("-")) return null;
            unit = u;
            int us = m.start("unit") + (rawUnit.length() - rawUnit.stripLeading().length()) + (rawUnit.startsWith("-") ? 1 : 0);
            unitSpan = new Span(us, m.end("unit"));
        }
        String qualifier = null;
        Matcher q = QUALIFIER.matcher(text.substring(Math.max(sentence.start(), m.start() - 20), m.start()));
        int start = m.start();
        if (q.find()) {
            qualifier = q.group(1).toLowerCase(Locale.ROOT);
        }
        int end = cur != null ? (m.group("mag") != null ? m.end("mag") : m.end("num")) : m.end();
        if (cur == null && m.group("unit") != null && m.group("unit").startsWith(" ") && !rawUnit.trim().equalsIgnoreCase("percent")) {
            end = m.end("unit");
        }
        String written = text.substring(start, end);
        return new Quantity(new Span(start, end), written, value, unit, qualifier, unitSpan);
    }
}
