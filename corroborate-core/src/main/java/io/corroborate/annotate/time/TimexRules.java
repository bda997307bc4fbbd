package io.corroborate.annotate.time;

import static io.corroborate.annotate.time.TimexCalendar.month;
import static io.corroborate.annotate.time.TimexCalendar.week;
import static io.corroborate.annotate.time.TimexCalendar.year;

import io.corroborate.annotate.TimexType;
import io.corroborate.annotate.number.NumberWords;
import io.corroborate.annotate.time.TenseCue.Tense;
import io.corroborate.annotate.time.TimexCandidate.Kind;
import io.corroborate.annotate.time.TimexCandidate.Resolver;
import io.corroborate.annotate.time.TimexCandidate.Value;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patterns that find time expressions, each with the resolver that turns it into a TIMEX3 value.
 * Month and weekday names must be capitalised (so "may" and "march" as verbs are not dates); everything
 * else is case-insensitive. Patterns never cross a line break.
 */
final class TimexRules {
    private TimexRules() {
    }

    /**
     * One pattern, tried only near its trigger words: every match holds one, so the pattern runs over a
     * window around each occurrence instead of the whole text (most sentences hold no time expression, and
     * this keeps the tagger fast). A trigger is a lower-case word, "=Word" for a word with that exact case,
     * "~s" for a substring, or "#" for a run of digits.
     */
    /** {@code before}: how far before a trigger word a match may start, in chars. */
    private record Rule(String[] triggers, Pattern pattern, BiFunction<Matcher, String, TimexCandidate> make, int before) {
    }

    /** Trigger word (as written, or lower-cased) -> indexes of the rules it triggers. */
    private static final Map<String, List<Integer>> EXACT_TRIGGERS = new java.util.HashMap<>();
    private static final Map<String, List<Integer>> LOWER_TRIGGERS = new java.util.HashMap<>();
    /** Rules triggered by a substring, and by digits. */
    private static final List<Integer> SUBSTRING_RULES = new ArrayList<>();
    private static final List<Integer> DIGIT_RULES = new ArrayList<>();
    private static final int LONGEST_TRIGGER = 16;

    /**
     * How far before and after a trigger word an expression may reach, in chars: "the beginning of mid-",
     * "Wednesday, the 18th of"; a count before its unit ("more than twenty-five straight") reaches further.
     */
    private static final int BEFORE = 30, AFTER = 30, COUNT_BEFORE = 60;

    // ---------------------------------------------------------------- building blocks
    private static final String SP = "[ \\u00A0]+";
    private static final String START = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final String MONTH_FULL = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final String MONTH = "(?-i:" + MONTH_FULL
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String DAY = "(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:1[6-9][0-9]{2}|20[0-9]{2})";
    private static final String POD = "(?:morning|afternoon|evening|night)";
    private static final String QUAL = "(?:more than|less than|fewer than|just over|just under|well over|over|under"
            + "|about|around|nearly|almost|up to|at least|at most|roughly|approximately|some|close to|as many as"
            + "|as much as|upwards of|no more than|no less than|only|barely|just)";
    private static final String NUM = "(?:\\d+(?:\\.\\d+)?|" + NumberWords.WORD_NUMBER
            + "|a few|few|several|many|a couple of|a couple|multiple|a number of)";
    private static final String UNIT = "(?:second|sec|minute|min|hour|hr|day|week|fortnight|month|year|yr|decade"
            + "|century|centurie|quarter)";
    private static final String TZ = "(?-i:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CET|CEST|BST|JST)";

    private static final Map<String, String> POD_CODE = Map.of("morning", "TMO", "afternoon", "TAF",
            "evening", "TEV", "night", "TNI", "tonight", "TNI");
    private static final Set<String> MONTH_PREPS = set("in", "since", "until", "by", "of", "during", "from",
            "through", "to", "till", "before", "after", "early", "late", "mid", "last", "next", "this", "between",
            "and", "or", "throughout", "around");
    private static final Set<String> COUNT_NOUNS = set("people", "jobs", "employees", "workers", "units", "cars",
            "vehicles", "shares", "points", "aircraft", "planes", "jets", "troops", "soldiers", "prisoners", "times",
            "feet", "metres", "meters", "miles", "kilometres", "kilometers", "km", "tons", "tonnes", "barrels",
            "dollars", "euros", "pounds", "yen", "votes", "cases", "deaths", "homes", "students", "members",
            "stores", "staff", "passengers", "seats", "companies", "children", "men", "women", "copies", "items");
    private static final Set<String> NUMBER_QUALS = set("about", "around", "nearly", "almost", "roughly",
            "approximately", "some", "than", "least", "only", "over", "under", "exactly", "no", "number",
            "no.", "nos", "flight", "route", "room", "page", "the");

    private static final List<Rule> RULES = new ArrayList<>();

    private static void rule(String triggers, String regex, BiFunction<Matcher, String, TimexCandidate> make) {
        int index = RULES.size();
        String[] ts = triggers.split("\\|");
        // rules that read a number before a unit word may start far before it
        int before = regex.contains("(?<num>") ? COUNT_BEFORE : BEFORE;
        RULES.add(new Rule(ts, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), make, before));
        for (String t : ts) {
            switch (t.charAt(0)) {
                case '#' -> DIGIT_RULES.add(index);
                case '~' -> {
                    if (!SUBSTRING_RULES.contains(index)) SUBSTRING_RULES.add(index);
                }
                case '=' -> EXACT_TRIGGERS.computeIfAbsent(t.substring(1), k -> new ArrayList<>()).add(index);
                default -> LOWER_TRIGGERS.computeIfAbsent(t, k -> new ArrayList<>()).add(index);
            }
        }
    }

    /** How many leading rules find explicit dates (day and month, with or without year). */
    private static final int DATE_RULES = 4;

    /** Every candidate any rule finds in {@code [from, to)}, overlapping ones included. */
    static List<TimexCandidate> find(String text, int from, int to) {
        return find(text, from, to, RULES.size());
    }

    /** Only the explicit dates ("March 18, 2025", "2025-03-18"): what a text can anchor itself on. */
    static List<TimexCandidate> findDates(String text, int from, int to) {
        return find(text, from, to, DATE_RULES);
    }

    @SuppressWarnings("unchecked")
    private static List<TimexCandidate> find(String text, int from, int to, int rules) {
        String region = text.substring(from, to);
        String lower = region.toLowerCase(Locale.ROOT);
        // one pass over the region: where each rule's trigger words are
        List<int[]>[] occ = new List[rules];
        List<int[]> digits = new ArrayList<>();
        int n = region.length();
        for (int i = 0; i < n; ) {
            char c = region.charAt(i);
            if (Character.isLetter(c)) {
                int s = i;
                while (i < n && Character.isLetter(region.charAt(i))) i++;
                if (i - s > LONGEST_TRIGGER) continue;
                addAll(EXACT_TRIGGERS.get(region.substring(s, i)), occ, s, i);
                addAll(LOWER_TRIGGERS.get(lower.substring(s, i)), occ, s, i);
            } else if (c >= '0' && c <= '9') {
                int s = i;
                while (i < n && Character.isDigit(region.charAt(i))) i++;
                digits.add(new int[] {s, i});
            } else {
                i++;
            }
        }
        if (!digits.isEmpty()) for (int r : DIGIT_RULES) if (r < rules) occ(occ, r).addAll(digits);
        for (int r : SUBSTRING_RULES) {
            if (r >= rules) continue;
            for (String t : RULES.get(r).triggers()) {
                if (t.charAt(0) != '~') continue;
                String sub = t.substring(1);
                for (int i = region.indexOf(sub); i >= 0; i = region.indexOf(sub, i + 1)) occ(occ, r).add(new int[] {i, i + sub.length()});
            }
        }
        List<TimexCandidate> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int r = 0; r < rules; r++) {
            List<int[]> o = occ[r];
            if (o == null) continue;
            o.sort((a, b) -> Integer.compare(a[0], b[0]));
            seen.clear();
            Rule rule = RULES.get(r);
            Matcher m = rule.pattern.matcher(text);
            m.useTransparentBounds(true);
            int k = 0;
            while (k < o.size()) {
                // merge the windows of nearby triggers
                int ws = Math.max(0, o.get(k)[0] - rule.before), we = Math.min(n, o.get(k)[1] + AFTER);
                k++;
                while (k < o.size() && o.get(k)[0] - rule.before <= we) {
                    we = Math.max(we, Math.min(n, o.get(k)[1] + AFTER));
                    k++;
                }
                m.region(from + ws, from + we);
                while (m.find()) {
                    if (m.end() == m.start()) continue;
                    if (!seen.add(((long) m.start() << 32) | m.end())) continue;
                    TimexCandidate c = rule.make.apply(m, text);
                    if (c != null && c.end() > c.start()) out.add(c);
                }
            }
        }
        return out;
    }

    private static List<int[]> occ(List<int[]>[] occ, int r) {
        if (occ[r] == null) occ[r] = new ArrayList<>();
        return occ[r];
    }

    private static void addAll(List<Integer> rules, List<int[]>[] occ, int s, int e) {
        if (rules == null) return;
        for (int r : rules) if (r < occ.length) occ(occ, r).add(new int[] {s, e});
    }

    // ---------------------------------------------------------------- helpers
    static int monthNumber(String name) {
        String k = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (k) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
    }

    static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static int dayNumber(String s) {
        return Integer.parseInt(s.replaceAll("\\D", ""));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The word just before {@code pos} on the same line, lower-cased, or "" at a line start. */
    static String prevWord(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) i--;
        int end = i + 1;
        while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '$')) i--;
        return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }

    /** The word just before {@code pos} as written (case kept). */
    private static String prevWordRaw(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) i--;
        return text.substring(i + 1, end);
    }

    /** True when {@code pos} starts a sentence-like unit (line start or after . ! ? : or an opening quote). */
    private static boolean clauseStart(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) i--;
        return i < 0 || ".!?:\n—–-".indexOf(text.charAt(i)) >= 0;
    }

    private static String nextWord(String text, int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        int s = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        return text.substring(s, i);
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean validDay(int month, int day) {
        return day >= 1 && day <= YearMonth.of(2024, month).lengthOfMonth();
    }

    private static TimexCandidate date(Matcher m, int start, int end, Resolver r, Kind k) {
        return new TimexCandidate(start, end, TimexType.DATE, r, k);
    }

    private static String num(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** TIMEX3 duration for {@code n} units ("PT2.5H", "P30D"); NaN gives the vague "X". */
    static String duration(double n, String unit) {
        String q = Double.isNaN(n) ? "X" : num(n);
        return switch (unit) {
            case "second", "sec" -> "PT" + q + "S";
            case "minute", "min" -> "PT" + q + "M";
            case "hour", "hr" -> "PT" + q + "H";
            case "day" -> "P" + q + "D";
            case "week" -> "P" + q + "W";
            case "fortnight" -> Double.isNaN(n) ? "PXW" : "P" + num(2 * n) + "W";
            case "month" -> "P" + q + "M";
            case "year", "yr" -> "P" + q + "Y";
            case "decade" -> "P" + q + "DE";
            case "century", "centurie" -> "P" + q + "CE";
            case "quarter" -> "P" + q + "Q";
            default -> null;
        };
    }

    private static String unitOf(String raw) {
        String u = raw.toLowerCase(Locale.ROOT);
        if (u.startsWith("centur")) return "century";
        return u;
    }

    private static double numberValue(String s) {
        String t = lower(s);
        if (t.equals("a few") || t.equals("few") || t.equals("several") || t.equals("many") || t.equals("multiple")
                || t.equals("a number of")) return Double.NaN;
        if (t.startsWith("a couple")) return 2;
        return NumberWords.value(t);
    }

    private static String seasonCode(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "autumn", "fall" -> "FA";
            default -> "WI";
        };
    }

    private static int seasonStartMonth(String code) {
        return switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    private enum Rel { LAST, THIS, NEXT, SPAN, NONE }

    private static Rel rel(String r) {
        if (r == null) return Rel.NONE;
        return switch (lower(r)) {
            case "last", "the previous", "this past", "past", "previous" -> Rel.LAST;
            case "next", "the coming", "the following", "this coming", "coming", "following" -> Rel.NEXT;
            case "the past", "the last", "the next" -> Rel.SPAN;
            default -> Rel.THIS;
        };
    }

    // ---------------------------------------------------------------- rules
    static {
        // Tuesday, March 18, 2025 / March 18 / Mar. 18th
        rule("=January|=February|=March|=April|=May|=June|=July|=August|=September|=October|=November|=December|=Jan|=Feb|=Mar|=Apr|=Jun|=Jul|=Aug|=Sep|=Sept|=Oct|=Nov|=Dec", START + "(?:(?<wd>" + WEEKDAY + "),?" + SP + ")?(?<month>" + MONTH + ")" + SP + "(?<day>" + DAY + ")"
                + "(?![\\p{L}\\p{N}:])(?:,?" + SP + "(?<year>" + YEAR + ")(?!\\d))?", TimexRules::monthDay);
        // 18 March 2025 / the 18th of March
        rule("=January|=February|=March|=April|=May|=June|=July|=August|=September|=October|=November|=December|=Jan|=Feb|=Mar|=Apr|=Jun|=Jul|=Aug|=Sep|=Sept|=Oct|=Nov|=Dec", START + "(?:(?<wd>" + WEEKDAY + "),?" + SP + ")?(?:the" + SP + ")?(?<day>" + DAY + ")(?:" + SP + "of)?"
                + SP + "(?<month>" + MONTH + ")" + END + "(?:,?" + SP + "(?<year>" + YEAR + ")(?!\\d))?",
                TimexRules::monthDay);
        // 2025-03-18
        rule("#", START + "(?<year>" + YEAR + ")-(?<mm>0[1-9]|1[0-2])-(?<dd>0[1-9]|[12]\\d|3[01])(?!\\d)", (m, t) -> {
            LocalDate d = safeDate(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("mm")),
                    Integer.parseInt(m.group("dd")));
            return d == null ? null : date(m, m.start(), m.end(), c -> Value.of(d), Kind.FULL_DATE);
        });
        // 3/18/2025, 7/8/07 (US order)
        rule("~/", "(?<![\\d/.,])(?<mm>1[0-2]|0?[1-9])/(?<dd>3[01]|[12]\\d|0?[1-9])/(?<yy>\\d{4}|\\d{2})(?![\\d/])", (m, t) -> {
            String yy = m.group("yy");
            int mo = Integer.parseInt(m.group("mm")), d = Integer.parseInt(m.group("dd"));
            return date(m, m.start(), m.end(), c -> {
                int y = yy.length() == 4 ? Integer.parseInt(yy) : TimexCalendar.century(Integer.parseInt(yy), c.anchor());
                LocalDate x = safeDate(y, mo, d);
                return x == null ? Value.NONE : Value.of(x);
            }, yy.length() == 4 ? Kind.FULL_DATE : Kind.DAY);
        });
        // March 2025, mid-March 2009, October of 2010
        rule("=January|=February|=March|=April|=May|=June|=July|=August|=September|=October|=November|=December|=Jan|=Feb|=Mar|=Apr|=Jun|=Jul|=Aug|=Sep|=Sept|=Oct|=Nov|=Dec", START + "(?:(?<mod>early|late|mid|the end of|the beginning of|the start of|the middle of)(?:" + SP + "|-))?"
                + "(?<month>" + MONTH + ")(?:,|" + SP + "of)?" + SP + "(?<year>" + YEAR + ")(?!\\d)", (m, t) -> {
            int mo = monthNumber(m.group("month"));
            int y = Integer.parseInt(m.group("year"));
            return date(m, m.start(), m.end(), c -> Value.of(month(YearMonth.of(y, mo))), Kind.OTHER);
        });
        // March, in March, last September, early March, October (of next year)
        rule("=January|=February|=March|=April|=May|=June|=July|=August|=September|=October|=November|=December|=Jan|=Feb|=Mar|=Apr|=Jun|=Jul|=Aug|=Sep|=Sept|=Oct|=Nov|=Dec", START + "(?:(?<rel>last|next|this|this past|this coming|early|late|mid|the end of|the beginning of"
                + "|the start of|the middle of|the rest of)(?:" + SP + "|-))?(?<month>(?-i:" + MONTH_FULL + "))" + END,
                TimexRules::monthAlone);
        // Tuesday, last Tuesday, Tuesday morning, Mondays
        rule("=Monday|=Tuesday|=Wednesday|=Thursday|=Friday|=Saturday|=Sunday|=Mondays|=Tuesdays|=Wednesdays|=Thursdays|=Fridays|=Saturdays|=Sundays", START + "(?:(?<rel>last|next|this|this past|this coming|coming|past|early|late|earlier|later)" + SP + ")?(?<wd>" + WEEKDAY + ")"
                + "(?<pl>s)?" + END + "(?:" + SP + "(?<pod>" + POD + ")" + END + ")?", TimexRules::weekdayRule);
        // today, yesterday, earlier today, tomorrow morning, tonight
        rule("today|tonight|yesterday|tomorrow", START + "(?:(?<pre>earlier|later|early|late)" + SP + ")?(?<w>today|tonight|yesterday|tomorrow)" + END
                + "(?:" + SP + "(?<pod>" + POD + ")" + END + ")?", TimexRules::deictic);
        rule("morning|afternoon|evening|night", START + "(?<w>this|last)" + SP + "(?<pod>" + POD + ")" + END, (m, t) -> {
            String w = lower(m.group("w")), pod = POD_CODE.get(lower(m.group("pod")));
            return date(m, m.start(), m.end(), c -> c.anchor() == null ? Value.NONE
                    : Value.of((w.equals("last") ? c.anchor().minusDays(1) : c.anchor()) + pod), Kind.OTHER);
        });
        rule("yesterday|tomorrow", START + "the" + SP + "day" + SP + "(?<w>before yesterday|after tomorrow)" + END, (m, t) -> {
            int off = lower(m.group("w")).startsWith("before") ? -2 : 2;
            return date(m, m.start(), m.end(), c -> c.anchor() == null ? Value.NONE : Value.of(c.anchor().plusDays(off)),
                    Kind.DAY);
        });
        // last week, earlier this month, the end of this year, next quarter, the past decade
        rule("week|month|year|quarter|decade|century|spring|summer|autumn|fall|winter|weekend", START + "(?:(?<pre>the end of|the beginning of|the start of|the middle of|the rest of|the remainder of"
                + "|the first half of|the second half of|early|late|mid|end of|start of)(?:" + SP + "|-))?"
                + "(?<rel>last|this|next|the past|the previous|the coming|earlier this|later this|this past"
                + "|the following|the next|the last|the current|this coming|the)" + SP
                + "(?<unit>week|month|year|weekend|quarter|decade|century|spring|summer|autumn|fall|winter)" + END,
                TimexRules::relativeUnit);
        // 2009, early 2009, the end of 2009, the first half of 2009
        rule("#", START + "(?:(?<pre>the end of|the beginning of|the start of|the middle of|the first half of"
                + "|the second half of|early|late|mid|fiscal|calendar|end of|start of)(?:" + SP + "|-))?"
                + "(?<year>" + YEAR + ")(?![\\p{L}\\p{N}%]|[.,:]\\d)", TimexRules::yearRule);
        // '82
        rule("~'|~’", "(?<![\\p{L}\\p{N}])['’](?<yy>\\d{2})(?![\\p{N}\\p{L}'’])", (m, t) -> {
            int yy = Integer.parseInt(m.group("yy"));
            return date(m, m.start(), m.end(), c -> Value.of(year(TimexCalendar.century(yy, c.anchor()))), Kind.OTHER);
        });
        // the 1990s, the '80s, 70s
        rule("~0s|~0's|~0’s", START + "(?:(?:the" + SP + ")?(?:early|late|mid)(?:" + SP + "|-))?(?:the" + SP + ")?(?:(?<cent>1[6-9]|20)|['’])?(?<dec>\\d)0['’]?s" + END, (m, t) -> {
            String pw = prevWord(t, m.start());
            if (m.group("cent") == null && set("his", "her", "their", "its", "high", "low", "mid", "upper",
                    "lower").contains(pw)) return null;
            String cent = m.group("cent");
            int dec = Integer.parseInt(m.group("dec"));
            return date(m, m.start(), m.end(), c -> {
                if (cent != null) return Value.of(cent + dec);
                int y = TimexCalendar.century(dec * 10, c.anchor());
                return Value.of(Integer.toString(y / 10));
            }, Kind.OTHER);
        });
        // the first quarter of 2009, third-quarter, the fourth quarter of last year
        rule("quarter", START + "(?:the" + SP + ")?(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:" + SP + "|-)"
                + "quarter" + END + "(?:" + SP + "(?:of|in)" + SP + "(?:(?<year>" + YEAR + ")(?!\\d)|(?<rel>this|last|next)"
                + SP + "year" + END + ")|,?" + SP + "(?<year2>" + YEAR + ")(?!\\d))?", TimexRules::quarter);
        rule("~Q", "(?<![\\p{L}\\p{N}])(?-i:Q(?<q>[1-4]))(?:(?:" + SP + "|-|/)?(?<year>" + YEAR + "))?" + END, (m, t) -> {
            int q = Integer.parseInt(m.group("q"));
            String y = m.group("year");
            return date(m, m.start(), m.end(), c -> {
                if (y != null) return Value.of(y + "-Q" + q);
                if (c.anchor() == null) return Value.of("XXXX-Q" + q);
                return Value.of(year(TimexCalendar.quarterYear(c.anchor(), q, c.tense())) + "-Q" + q);
            }, Kind.OTHER);
        });
        // the first half of (this|last|next) year is handled by relativeUnit; "the second half of 2009" by yearRule.
        // Autumn, last summer, the winter of 2009
        rule("spring|summer|autumn|fall|winter", START + "(?:(?<rel>this|last|next|early|late|mid|the)(?:" + SP + "|-))?(?<s>spring|summer|autumn|fall|winter)"
                + END + "(?:" + SP + "(?:of" + SP + ")?(?<year>" + YEAR + ")(?!\\d))?", TimexRules::season);
        // 30 days, 2.5 hours, more than two hours, the next six months, a 20 year, 27-year, six straight days
        rule("second|seconds|sec|secs|minute|minutes|min|mins|hour|hours|hr|hrs|day|days|week|weeks|fortnight|fortnights|month|months|year|years|yr|yrs|decade|decades|century|centuries|quarter|quarters", START + "(?:(?<qual>" + QUAL + ")" + SP + ")?(?:(?<det>the|a|an)" + SP + ")?(?:(?<rel>next|past|last|first"
                + "|previous|coming|following|final|remaining|same|initial|further|additional|other)" + SP + ")?"
                + "(?<num>" + NUM + ")(?:" + SP + "(?:straight|consecutive|full|more|additional|successive|extra"
                + "|long|whole|entire))?(?:" + SP + "|-)(?<unit>" + UNIT + ")(?<pl>s)?" + END
                + "(?:-(?:old|long))?", TimexRules::durationRule);
        // "between 60 and 90 days": the first number shares the unit of the second
        rule("second|seconds|minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years|decade|decades", START + "(?<num>" + NUM + ")" + SP + "?(?:and|to|or|-|–)" + SP + "?(?=(?:" + NUM + ")(?:" + SP + "|-)(?<unit>" + UNIT + ")s?" + END + ")",
                (m, t) -> {
                    double n = numberValue(m.group("num"));
                    String u = unitOf(m.group("unit"));
                    String raw = lower(m.group("num"));
                    if (raw.equals("a") || raw.equals("an") || Double.isNaN(n)) return null;
                    int e = m.end("num");
                    return new TimexCandidate(m.start(), e, TimexType.DURATION, c -> Value.of(duration(n, u)), Kind.OTHER);
                });
        // the 21st century
        rule("century", START + "(?:the" + SP + ")?(?<n>\\d{1,2})(?:st|nd|rd|th)" + SP + "century" + END, (m, t) -> {
            int n = Integer.parseInt(m.group("n"));
            return date(m, m.start(), m.end(), c -> Value.of(String.format(Locale.ROOT, "%02d", n - 1)), Kind.OTHER);
        });
        rule("half", START + "(?<num>" + NUM + ")(?:" + SP + "|-)(?<unit>" + UNIT + ")(?<pl>s)?" + SP + "and a half" + END, (m, t) -> {
            double n = numberValue(m.group("num"));
            String u = unitOf(m.group("unit"));
            return new TimexCandidate(m.start(), m.end(), TimexType.DURATION,
                    c -> Value.of(duration(Double.isNaN(n) ? n : n + 0.5, u)), Kind.OTHER);
        });
        rule("half", START + "half" + SP + "(?:an?" + SP + ")?(?<unit>hour|day|year|month|century|decade)" + END, (m, t) -> {
            String v = switch (lower(m.group("unit"))) {
                case "hour" -> "PT30M";
                case "day" -> "PT12H";
                case "year" -> "P6M";
                case "month" -> "P2W";
                case "decade" -> "P5Y";
                default -> "P50Y";
            };
            return new TimexCandidate(m.start(), m.end(), TimexType.DURATION, c -> Value.of(v), Kind.OTHER);
        });
        rule("single|full|multi|multiple", START + "(?<w>single|full|multi|multiple)-?(?<unit>day|week|month|year|decade)" + END, (m, t) -> {
            String w = lower(m.group("w"));
            String u = lower(m.group("unit"));
            double n = w.startsWith("multi") ? Double.NaN : 1;
            return new TimexCandidate(m.start(), m.end(), TimexType.DURATION, c -> Value.of(duration(n, u)), Kind.OTHER);
        });
        rule("~-long", START + "(?<unit>year|decade|month|week|day|hour|minute|centurie)s-long" + END, (m, t) -> {
            String u = unitOf(m.group("unit"));
            return new TimexCandidate(m.start(), m.end(), TimexType.DURATION, c -> Value.of(duration(Double.NaN, u)),
                    Kind.OTHER);
        });
        rule("years|decades|months|weeks|days|hours|minutes|centuries", START + "(?:over" + SP + "the" + SP + "(?:(?:past|last|next|coming)" + SP + ")?|(?<=(?:for|in|of)[ \\u00A0]))"
                + "(?:(?:many|several|few)" + SP + ")?(?<unit>year|decade|month|week|day|hour|minute|centurie)s" + END,
                (m, t) -> {
                    String u = unitOf(m.group("unit"));
                    return new TimexCandidate(m.start(), m.end(), TimexType.DURATION,
                            c -> Value.of(duration(Double.NaN, u)), Kind.OTHER);
                });
        rule("annual|yearlong|long", START + "(?:annual|yearlong|year-long)" + END, (m, t) ->
                new TimexCandidate(m.start(), m.end(), TimexType.DURATION, c -> Value.of("P1Y"), Kind.OTHER));
        // three days ago, a year ago, more than a week ago
        rule("ago", START + "(?:(?<qual>" + QUAL + ")" + SP + ")?(?<num>" + NUM + ")(?:" + SP + "|-)(?<unit>" + UNIT + ")(?<pl>s)?"
                + SP + "ago" + END, TimexRules::ago);
        // a year earlier, two days later: counted from the article's date
        rule("earlier|later", START + "(?<num>" + NUM + ")(?:" + SP + "|-)(?<unit>day|week|month|year)(?<pl>s)?" + SP
                + "(?<dir>earlier|later)" + END, (m, t) -> {
            double n = numberValue(m.group("num"));
            String u = unitOf(m.group("unit"));
            int sign = lower(m.group("dir")).equals("earlier") ? -1 : 1;
            return date(m, m.start(), m.end(), c -> {
                LocalDate a = c.anchor();
                if (a == null || Double.isNaN(n) || n != Math.floor(n)) return Value.of(sign < 0 ? "PAST_REF" : "FUTURE_REF");
                long k = sign * (long) n;
                return switch (u) {
                    case "day" -> Value.of(a.plusDays(k));
                    case "week" -> Value.of(week(a.plusWeeks(k)));
                    case "month" -> Value.of(month(YearMonth.from(a).plusMonths(k)));
                    default -> Value.of(year(a.getYear() + (int) k));
                };
            }, Kind.OTHER);
        });
        // 16:08 UTC, 3:30 p.m., 3 p.m., noon
        rule("~:", START + "(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?::[0-5]\\d)?(?:" + SP + "?(?<ap>[ap]\\.m\\.|[ap]m(?![\\p{L}])))?"
                + "(?:" + SP + "(?<tz>" + TZ + "))?(?![\\p{L}\\p{N}:])", TimexRules::clock);
        rule("#", START + "(?<h>1[0-2]|0?[1-9])(?:\\.(?<mi>[0-5]\\d))?" + SP + "?(?<ap>[ap]\\.m\\.|[ap]m(?![\\p{L}]))"
                + "(?:" + SP + "(?<tz>" + TZ + "))?", TimexRules::clock);
        rule("clock", START + "(?<h>1[0-2]|[1-9])" + SP + "o['’]clock" + END, TimexRules::clock);
        rule("noon|midday|midnight", START + "(?<w>noon|midday|midnight)" + END, (m, t) -> {
            String hm = lower(m.group("w")).equals("midnight") ? "T24:00" : "T12:00";
            return new TimexCandidate(m.start(), m.end(), TimexType.TIME, c -> timeValue(c, hm), Kind.TIME);
        });
        // now, currently, recently, the future
        rule("now|currently|present|presently|nowadays|days|moment", START + "(?:right" + SP + ")?(?<w>now|currently|at present|presently|nowadays|these days|at the moment)"
                + "(?![\\p{L}\\p{N}-])", (m, t) -> ref(m, m.start("w"), "PRESENT_REF"));
        rule("current", START + "(?<w>current)(?=" + SP + "\\p{Ll})", (m, t) -> ref(m, m.start(), "PRESENT_REF"));
        rule("recently|lately", START + "(?:more" + SP + "|until" + SP + "|most" + SP + ")?(?:recently|lately)" + END, (m, t) ->
                ref(m, m.start(), "PAST_REF"));
        rule("recent", START + "recent(?:" + SP + "(?:years|months|weeks|days|decades|times))?(?=" + SP + "\\p{L}|[ ,.;])", (m, t) ->
                ref(m, m.start(), "PAST_REF"));
        rule("past", "(?<=(?:in|from)[ \\u00A0])the" + SP + "past" + END + "(?!" + SP + "(?:few|several|\\d|two|three|four|five|year|month|week|day|decade))",
                (m, t) -> ref(m, m.start(), "PAST_REF"));
        rule("future", START + "the" + SP + "(?:near" + SP + "|distant" + SP + "|foreseeable" + SP + ")?future" + END, (m, t) ->
                ref(m, m.start(), "FUTURE_REF"));
        rule("coming|few", START + "the" + SP + "(?:coming|next" + SP + "few)" + SP + "(?:years|months|weeks|days|decades)" + END,
                (m, t) -> ref(m, m.start(), "FUTURE_REF"));
        rule("term|run", START + "the" + SP + "(?:long|medium|short)" + SP + "(?:term|run)" + END, (m, t) -> ref(m, m.start(), "FUTURE_REF"));
        // the same day, that day, for the day, late in the day, the next day
        rule("day|time|date", START + "(?:(?:late|early|earlier|later)" + SP + "in" + SP + ")?(?<w>the same day|that same day|that day"
                + "|the day|that time|that date|the following day|the next day|the previous day|the day before"
                + "|the day after)" + END, TimexRules::focusDay);
        // every week, daily, twice a year, per annum
        rule("every|each", START + "(?:every|each)" + SP + "(?:other" + SP + ")?(?<u>day|week|month|year|morning|afternoon|evening|night"
                + "|weekend|quarter|hour|minute|decade|" + WEEKDAY + ")" + END, TimexRules::every);
        rule("daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|fortnightly", START + "(?<w>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|fortnightly)" + END,
                (m, t) -> {
                    String v = switch (lower(m.group("w"))) {
                        case "daily", "nightly" -> "P1D";
                        case "weekly" -> "P1W";
                        case "biweekly", "fortnightly" -> "P2W";
                        case "monthly" -> "P1M";
                        case "quarterly" -> "P3M";
                        case "hourly" -> "PT1H";
                        default -> "P1Y";
                    };
                    return new TimexCandidate(m.start(), m.end(), TimexType.SET, c -> Value.of(v), Kind.OTHER);
                });
        rule("once|twice|thrice|times", START + "(?:once|twice|thrice|(?:\\d+|two|three|four|five|six|several|many)" + SP + "times)" + SP
                + "(?:a|per|every|each)" + SP + "(?<u>day|week|month|year|hour|minute)" + END, TimexRules::every);
        rule("per", START + "per" + SP + "(?<u>day|week|month|year|hour|minute|annum)" + END, TimexRules::every);
        // holidays with fixed dates
        rule("=Christmas|=Year|=Halloween|=Valentine", START + "(?-i:(?<h>Christmas Day|Christmas Eve|Christmas|New Year['’]s Day|New Year['’]s Eve|Halloween"
                + "|Valentine['’]s Day))" + END, (m, t) -> {
            String h = m.group("h").replace('’', '\'');
            int mo = h.startsWith("Christmas") ? 12 : h.startsWith("New Year's Day") ? 1 : h.startsWith("New") ? 12
                    : h.startsWith("Hallo") ? 10 : 2;
            int d = h.equals("Christmas Eve") ? 24 : h.startsWith("Christmas") ? 25 : h.startsWith("New Year's Day") ? 1
                    : h.startsWith("New") ? 31 : h.startsWith("Hallo") ? 31 : 14;
            return date(m, m.start(), m.end(), c -> {
                if (c.anchor() == null) return Value.of(String.format(Locale.ROOT, "XXXX-%02d-%02d", mo, d));
                return Value.of(TimexCalendar.monthDay(c.anchor(), mo, d, c.tense()));
            }, Kind.DAY);
        });
    }

    // ---------------------------------------------------------------- rule bodies
    private static TimexCandidate monthDay(Matcher m, String t) {
        int mo = monthNumber(m.group("month"));
        int d = dayNumber(m.group("day"));
        if (!validDay(mo, d)) return null;
        String y = m.group("year");
        // "May 5" after a capitalised name is likely a name ("Theresa May 5 ..."); keep it simple: require a day
        if (y != null) {
            LocalDate x = safeDate(Integer.parseInt(y), mo, d);
            if (x == null) return null;
            return date(m, m.start(), m.end(), c -> Value.of(x), Kind.FULL_DATE);
        }
        return date(m, m.start(), m.end(), c -> {
            if (c.anchor() == null) return Value.of(String.format(Locale.ROOT, "XXXX-%02d-%02d", mo, d));
            LocalDate x = TimexCalendar.monthDay(c.anchor(), mo, d, c.tense());
            return x == null ? Value.NONE : Value.of(x);
        }, Kind.DAY);
    }

    private static TimexCandidate monthAlone(Matcher m, String t) {
        String month = m.group("month");
        String relText = m.group("rel");
        if (relText == null) {
            String pw = prevWord(t, m.start());
            String raw = prevWordRaw(t, m.start());
            boolean prep = MONTH_PREPS.contains(pw);
            // "Theresa May", "May could" -- May needs a preposition; any month after a capitalised word is a name
            if (month.equals("May") && !prep) return null;
            if (!prep && !raw.isEmpty() && Character.isUpperCase(raw.charAt(0)) && !clauseStart(t, m.start() - raw.length())
                    && !clauseStart(t, m.start())) return null;
        }
        int mo = monthNumber(month);
        Rel rel = rel(relText);
        // "October of next year": the year phrase is its own expression, but sets this month's year
        int yearShift = 0;
        boolean yearGiven = false;
        Matcher of = OF_REL_YEAR.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 20));
        if (of.lookingAt()) {
            yearGiven = true;
            yearShift = switch (lower(of.group(1))) {
                case "next" -> 1;
                case "last" -> -1;
                default -> 0;
            };
        }
        int shift = yearShift;
        boolean given = yearGiven;
        return date(m, m.start(), m.end(), c -> {
            if (c.anchor() == null) return Value.of(String.format(Locale.ROOT, "XXXX-%02d", mo));
            YearMonth a = YearMonth.from(c.anchor());
            YearMonth ym;
            if (given) ym = YearMonth.of(c.anchor().getYear() + shift, mo);
            else if (rel == Rel.LAST) {
                ym = YearMonth.of(a.getYear(), mo);
                if (!ym.isBefore(a)) ym = ym.minusYears(1);
            } else if (rel == Rel.NEXT) {
                ym = YearMonth.of(a.getYear(), mo);
                if (!ym.isAfter(a)) ym = ym.plusYears(1);
            } else if (rel == Rel.THIS && relText != null && lower(relText).startsWith("this")) {
                ym = YearMonth.of(a.getYear(), mo);
            } else {
                ym = month(c.anchor(), mo, c.tense());
            }
            return Value.of(month(ym));
        }, Kind.OTHER);
    }

    private static final Pattern OF_REL_YEAR = Pattern.compile(SP + "of" + SP + "(next|last|this)" + SP + "year" + END,
            Pattern.CASE_INSENSITIVE);

    private static TimexCandidate weekdayRule(Matcher m, String t) {
        DayOfWeek dow = weekday(m.group("wd"));
        if (m.group("pl") != null) {
            if (m.group("rel") != null || m.group("pod") != null) return null;
            return new TimexCandidate(m.start(), m.end(), TimexType.SET,
                    c -> Value.of("XXXX-WXX-" + dow.getValue()), Kind.OTHER);
        }
        Rel rel = rel(m.group("rel"));
        String relText = lower(m.group("rel"));
        String pod = m.group("pod") == null ? "" : POD_CODE.get(lower(m.group("pod")));
        return date(m, m.start(), m.end(), c -> {
            if (c.anchor() == null) return Value.of("XXXX-WXX-" + dow.getValue() + pod);
            LocalDate d = switch (rel) {
                case LAST -> TimexCalendar.weekday(c.anchor(), dow, Tense.PAST, true);
                case NEXT -> TimexCalendar.weekday(c.anchor(), dow, Tense.FUTURE, true);
                default -> {
                    // "this Tuesday": the one of this week, either side of the anchor
                    if ("this".equals(relText)) yield c.anchor().with(java.time.temporal.ChronoField.DAY_OF_WEEK, dow.getValue());
                    yield TimexCalendar.weekday(c.anchor(), dow, c.tense(), false);
                }
            };
            return pod.isEmpty() ? Value.of(d) : new Value(d + pod, d);
        }, pod.isEmpty() ? Kind.DAY : Kind.OTHER);
    }

    private static TimexCandidate deictic(Matcher m, String t) {
        String w = lower(m.group("w"));
        String pod = m.group("pod") == null ? (w.equals("tonight") ? "TNI" : "") : POD_CODE.get(lower(m.group("pod")));
        int off = switch (w) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        return date(m, m.start(), m.end(), c -> {
            if (c.anchor() == null) return Value.NONE;
            LocalDate d = c.anchor().plusDays(off);
            return pod.isEmpty() ? Value.of(d) : new Value(d + pod, d);
        }, pod.isEmpty() ? Kind.DAY : Kind.OTHER);
    }

    private static TimexCandidate relativeUnit(Matcher m, String t) {
        String relText = lower(m.group("rel"));
        String pre = lower(m.group("pre"));
        String unit = lower(m.group("unit"));
        if (relText.equals("the") && pre == null && !unit.equals("weekend")) return null;
        Rel rel = relText.equals("the") ? Rel.THIS : rel(relText);
        if (unit.equals("fall") && rel == Rel.THIS && relText.equals("the")) return null;
        boolean half = pre != null && pre.contains("half");
        if (rel == Rel.SPAN && pre == null && !unit.equals("decade") && !unit.equals("century") && !unit.equals("weekend")
                && !isSeason(unit)) {
            String v = duration(1, unit);
            return new TimexCandidate(m.start(), m.end(), TimexType.DURATION, c -> Value.of(v), Kind.OTHER);
        }
        Rel r = rel == Rel.SPAN ? Rel.LAST : rel;
        int step = r == Rel.LAST ? -1 : r == Rel.NEXT ? 1 : 0;
        return date(m, m.start(), m.end(), c -> {
            LocalDate a = c.anchor();
            if (a == null) return Value.NONE;
            String v = switch (unit) {
                case "week" -> week(a.plusWeeks(step));
                case "weekend" -> week(a.plusWeeks(step)) + "-WE";
                case "month" -> month(YearMonth.from(a).plusMonths(step));
                case "year" -> year(a.getYear() + step) + (half ? (pre.contains("first") ? "-H1" : "-H2") : "");
                case "quarter" -> {
                    LocalDate q = a.plusMonths(3L * step);
                    yield year(q.getYear()) + "-Q" + TimexCalendar.quarterOf(q);
                }
                case "decade" -> Integer.toString(a.getYear() / 10 + step);
                case "century" -> Integer.toString(a.getYear() / 100 + step);
                default -> {
                    String code = seasonCode(unit);
                    int y = a.getYear();
                    int startMonth = seasonStartMonth(code);
                    if (r == Rel.LAST && startMonth + 3 > a.getMonthValue() + (code.equals("WI") ? 12 : 0)) y--;
                    if (r == Rel.NEXT && startMonth <= a.getMonthValue()) y++;
                    yield year(y) + "-" + code;
                }
            };
            return Value.of(v);
        }, Kind.OTHER);
    }

    private static boolean isSeason(String u) {
        return u.equals("spring") || u.equals("summer") || u.equals("autumn") || u.equals("fall") || u.equals("winter");
    }

    private static final Pattern UP_TO = Pattern.compile("(?i)\\bup\\s+to\\s*$");

    private static TimexCandidate yearRule(Matcher m, String t) {
        int start = m.start();
        char before = start > 0 ? t.charAt(start - 1) : ' ';
        int ys = m.start("year");
        char yBefore = ys > 0 ? t.charAt(ys - 1) : ' ';
        if ("$£€¥#+-/".indexOf(yBefore) >= 0 && m.group("pre") == null) return null;
        if ("$£€¥#".indexOf(before) >= 0) return null;
        String pw = prevWord(t, ys);
        if (m.group("pre") == null && (NUMBER_QUALS.contains(pw) || pw.endsWith("$"))) {
            // "the 1991 settlement" is a year, "about 2000" is a count
            if (!pw.equals("the")) return null;
        }
        if (pw.equals("to") && UP_TO.matcher(t.substring(Math.max(0, ys - 12), ys)).find()) return null;
        String nw = nextWord(t, m.end()).toLowerCase(Locale.ROOT);
        if (COUNT_NOUNS.contains(nw)) return null;
        if (m.end() < t.length() && t.charAt(m.end()) == '%') return null;
        if (nw.equals("percent") || nw.equals("per")) return null;
        int y = Integer.parseInt(m.group("year"));
        String pre = lower(m.group("pre"));
        String suffix = pre != null && pre.contains("first half") ? "-H1" : pre != null && pre.contains("second half") ? "-H2" : "";
        return date(m, m.start(), m.end(), c -> Value.of(year(y) + suffix), Kind.OTHER);
    }

    private static TimexCandidate quarter(Matcher m, String t) {
        String ord = lower(m.group("ord"));
        String y = m.group("year") != null ? m.group("year") : m.group("year2");
        String relText = m.group("rel") == null ? null : lower(m.group("rel"));
        boolean lastLike = ord.equals("last") || ord.equals("final");
        if (lastLike && y == null && relText == null) {
            // "the last quarter" (without a year) is the previous quarter, handled by the relative rule
            if (ord.equals("last")) return null;
        }
        int q = switch (ord) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
        return date(m, m.start(), m.end(), c -> {
            if (y != null) return Value.of(y + "-Q" + q);
            if (c.anchor() == null) return Value.of("XXXX-Q" + q);
            if (relText != null) {
                int shift = relText.equals("last") ? -1 : relText.equals("next") ? 1 : 0;
                return Value.of(year(c.anchor().getYear() + shift) + "-Q" + q);
            }
            return Value.of(year(TimexCalendar.quarterYear(c.anchor(), q, c.tense())) + "-Q" + q);
        }, Kind.OTHER);
    }

    private static TimexCandidate season(Matcher m, String t) {
        String s = m.group("s");
        String relText = lower(m.group("rel"));
        String y = m.group("year");
        boolean capital = Character.isUpperCase(s.charAt(0)) && !clauseStart(t, m.start("s"));
        String sl = s.toLowerCase(Locale.ROOT);
        boolean needsCue = sl.equals("fall") || sl.equals("spring");
        if (needsCue && y == null && !capital && (relText == null || relText.equals("the"))) return null;
        if ("the".equals(relText) && y == null) return null; // "the summer" is left to the relative rule
        String code = seasonCode(s);
        Rel rel = rel(relText);
        return date(m, m.start(), m.end(), c -> {
            if (y != null) return Value.of(y + "-" + code);
            if (c.anchor() == null) return Value.of("XXXX-" + code);
            LocalDate a = c.anchor();
            int yr = a.getYear();
            int startMonth = seasonStartMonth(code);
            if (rel == Rel.LAST && startMonth + 3 > a.getMonthValue()) yr--;
            else if (rel == Rel.NEXT && startMonth <= a.getMonthValue()) yr++;
            return Value.of(year(yr) + "-" + code);
        }, Kind.OTHER);
    }

    private static TimexCandidate durationRule(Matcher m, String t) {
        int numStart = m.start("num");
        if (numStart > 0) {
            char b = t.charAt(numStart - 1);
            if (b == '$' || b == '£' || b == '€' || b == '.' || b == ',' || b == '#') return null;
        }
        String numText = m.group("num");
        double n = numberValue(numText);
        String u = unitOf(m.group("unit"));
        String rawNum = lower(numText);
        boolean article = rawNum.equals("a") || rawNum.equals("an");
        if (article && m.group("pl") != null) return null;
        // "the year", "a quarter" alone are not durations; "one quarter" is a fraction, not a period
        if (u.equals("quarter") && (article || rawNum.equals("one"))) return null;
        int start = m.group("det") != null && m.group("qual") != null ? m.start("det") : m.start();
        if (m.group("det") != null && m.group("rel") == null && m.group("qual") == null) {
            start = m.start("num"); // "a 27-year contract", "the 30-day truce": the expression is "27-year", "30-day"
        }
        String v = duration(n, u);
        if (v == null) return null;
        int s0 = start;
        return new TimexCandidate(s0, m.end(), TimexType.DURATION, c -> Value.of(v), Kind.OTHER);
    }

    private static TimexCandidate ago(Matcher m, String t) {
        double n = numberValue(m.group("num"));
        String u = unitOf(m.group("unit"));
        return date(m, m.start(), m.end(), c -> {
            LocalDate a = c.anchor();
            if (Double.isNaN(n) || a == null) return Value.of("PAST_REF");
            long k = (long) Math.floor(n);
            return switch (u) {
                case "day" -> Value.of(a.minusDays(k));
                case "week" -> Value.of(week(a.minusWeeks(k)));
                case "fortnight" -> Value.of(week(a.minusWeeks(2 * k)));
                case "month" -> Value.of(month(YearMonth.from(a).minusMonths(k)));
                case "year", "yr" -> Value.of(year(a.getYear() - (int) k));
                case "decade" -> Value.of(Integer.toString((a.getYear() - 10 * (int) k) / 10));
                default -> Value.of("PAST_REF");
            };
        }, Kind.OTHER);
    }

    private static TimexCandidate clock(Matcher m, String t) {
        int h = Integer.parseInt(m.group("h"));
        String miText = groupOrNull(m, "mi");
        int mi = miText == null ? 0 : Integer.parseInt(miText);
        String ap = lower(groupOrNull(m, "ap"));
        String tz = groupOrNull(m, "tz");
        if (ap == null && tz == null && miText != null) {
            // a bare "3:30" needs a cue that it is a clock time, not a score or ratio
            String pw = prevWord(t, m.start());
            if (!set("at", "by", "until", "till", "from", "before", "after", "around", "about", "since", "to",
                    "and", "approximately", "of", "til").contains(pw)) return null;
        }
        if (ap != null) {
            if (h > 12 || h == 0) return null;
            boolean pm = ap.startsWith("p");
            if (pm && h < 12) h += 12;
            if (!pm && h == 12) h = 0;
        }
        String hm = String.format(Locale.ROOT, "T%02d:%02d", h, mi) + (tz != null && (tz.equals("UTC") || tz.equals("GMT")) ? "Z" : "");
        return new TimexCandidate(m.start(), m.end(), TimexType.TIME, c -> timeValue(c, hm), Kind.TIME);
    }

    private static String groupOrNull(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A clock time on the day given by the context's focus (the day it is attached to) or the anchor. */
    private static Value timeValue(TimexCandidate.Context c, String hm) {
        LocalDate d = c.focus() != null ? c.focus() : c.anchor();
        return Value.of((d == null ? "XXXX-XX-XX" : d.toString()) + hm);
    }

    private static TimexCandidate ref(Matcher m, int start, String value) {
        return new TimexCandidate(start, m.end(), TimexType.DATE, c -> Value.of(value), Kind.OTHER);
    }

    private static final Set<String> DAY_VERBS = set("for", "end", "ending", "ended", "ends", "finish", "finished",
            "finishing", "during", "of", "on", "throughout", "start", "started", "starting", "open", "opened",
            "close", "closed", "closing", "in", "began", "begin", "beginning");

    private static TimexCandidate focusDay(Matcher m, String t) {
        String w = lower(m.group("w"));
        boolean inThe = m.start() < m.start("w");
        if (w.equals("the day") && !inThe) {
            String pw = prevWord(t, m.start());
            if (!DAY_VERBS.contains(pw)) return null;
            String nw = nextWord(t, m.end()).toLowerCase(Locale.ROOT);
            if (set("before", "after", "when", "that", "of", "he", "she", "they", "we", "i").contains(nw)) return null;
        }
        int off = switch (w) {
            case "the following day", "the next day", "the day after" -> 1;
            case "the previous day", "the day before" -> -1;
            default -> 0;
        };
        if (w.equals("that time")) {
            String pw = prevWord(t, m.start());
            if (!pw.equals("by")) return null;
        }
        return date(m, m.start(), m.end(), c -> {
            LocalDate f = c.focus() != null ? c.focus() : c.anchor();
            return f == null ? Value.NONE : Value.of(f.plusDays(off));
        }, Kind.OTHER);
    }

    private static TimexCandidate every(Matcher m, String t) {
        String u = m.group("u");
        String ul = lower(u);
        String v;
        if (Character.isUpperCase(u.charAt(0)) && u.endsWith("day") && !ul.equals("day")) {
            v = "XXXX-WXX-" + weekday(u).getValue();
        } else {
            v = switch (ul) {
                case "day" -> "P1D";
                case "week" -> "P1W";
                case "month" -> "P1M";
                case "year", "annum" -> "P1Y";
                case "quarter" -> "P3M";
                case "hour" -> "PT1H";
                case "minute" -> "PT1M";
                case "decade" -> "P10Y";
                case "weekend" -> "XXXX-WXX-WE";
                default -> "XXXX-XX-XX" + POD_CODE.getOrDefault(ul, "");
            };
        }
        return new TimexCandidate(m.start(), m.end(), TimexType.SET, c -> Value.of(v), Kind.OTHER);
    }

    /** A set that tolerates repeated words in its literal list. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
