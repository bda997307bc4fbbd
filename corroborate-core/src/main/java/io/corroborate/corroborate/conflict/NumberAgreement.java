package io.corroborate.corroborate.conflict;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two numbers for the same quantity agree, within the precision the text implies or its
 * qualifier allows. Each number becomes the interval it claims: "3,000" is 3,000 rounded (at most 5%
 * either way), "about 2,000" widens that by 10%, "more than two" is (2, inf); two numbers agree when
 * their intervals meet.
 */
public final class NumberAgreement {
    private static final java.util.regex.Pattern NEARLY_CUE = java.util.regex.Pattern.compile("\\b(nearly|almost|close to|just under|just shy of)\\b");
    private static final java.util.regex.Pattern ABOVE_CUE = java.util.regex.Pattern.compile("\\b(more than|over|above|at least|upwards of|in excess of|exceed\\w*|greater than|plus|or more|minimum)\\b");
    private static final java.util.regex.Pattern BELOW_CUE = java.util.regex.Pattern.compile("\\b(less than|fewer than|under|below|up to|at most|no more than|maximum)\\b");
    private static final java.util.regex.Pattern ABOUT_CUE = java.util.regex.Pattern.compile("\\b(about|around|approximately|roughly|some|estimated|an estimated|circa|approx\\w*|or so|as many as|as much as)\\b");

    /** Largest rounding a round number is taken to imply, as a share of its value. */
    static final double MAX_ROUNDING = 0.05;
    /** How far "about", "nearly", "roughly" stretch a value, as a share of it. */
    static final double APPROXIMATE = 0.10;

    private static final Pattern LITERAL = Pattern.compile("(\\d[\\d,]*)(?:\\.(\\d+))?");
    private static final Pattern MAGNITUDE = Pattern.compile(
            "(?i)(\\d)\\s*-?(thousand|million|billion|trillion|k|m|bn|b|mn|tn)\\b");

    private NumberAgreement() {
    }

    /** The interval a number claims. */
    record Interval(double low, double high) {
        boolean meets(Interval o) {
            return low <= o.high * (1 + 1e-9) && o.low <= high * (1 + 1e-9);
        }
    }

    public static boolean agree(double a, String textA, String qualA, double b, String textB, String qualB) {
        if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))) return true;
        Kind ka = kind(qualifierOf(textA, qualA)), kb = kind(qualifierOf(textB, qualB));
        // two bounds in the same direction ("at least $808 million" / "at least $1,053 million") state one
        // figure each: compare the figures, not the open ranges
        if (ka == kb && (ka == Kind.ABOVE || ka == Kind.BELOW)) {
            return interval(a, textA, Kind.NONE).meets(interval(b, textB, Kind.NONE));
        }
        return interval(a, textA, qualA).meets(interval(b, textB, qualB));
    }

    private static String qualifierOf(String text, String qualifier) {
        String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT).trim();
        return q.isEmpty() ? qualifierIn(text) : q;
    }

    static Interval interval(double v, String text, String qualifier) {
        return interval(v, text, kind(qualifierOf(text, qualifier)));
    }

    private static Interval interval(double v, String text, Kind kind) {
        double step = precision(v, text);
        // a whole number is exact ("13"); a round one ("3,000") or a decimal ("2.5") stands for a range
        double half = step == 1 ? 0 : Math.min(step / 2, Math.abs(v) * MAX_ROUNDING);
        double lo = v - half, hi = v + half;
        switch (kind) {
            case ABOUT -> {
                double spread = Math.max(half, Math.abs(v) * APPROXIMATE);
                lo = v - spread;
                hi = v + spread;
            }
            case NEARLY -> {
                lo = v - Math.abs(v) * APPROXIMATE * 1.5;
                hi = v;
            }
            case ABOVE -> hi = Double.POSITIVE_INFINITY;
            case BELOW -> lo = Double.NEGATIVE_INFINITY;
            case NONE -> {
            }
        }
        return new Interval(lo, hi);
    }

    private enum Kind { NONE, ABOUT, NEARLY, ABOVE, BELOW }

    private static Kind kind(String q) {
        if (q.isEmpty()) return Kind.NONE;
        if (NEARLY_CUE.matcher(q).find()) return Kind.NEARLY;
        if (ABOVE_CUE.matcher(q).find()) return Kind.ABOVE;
        if (BELOW_CUE.matcher(q).find()) return Kind.BELOW;
        if (ABOUT_CUE.matcher(q).find()) return Kind.ABOUT;
        return Kind.NONE;
    }

    private static String qualifierIn(String text) {
        if (text == null) return "";
        String t = text.toLowerCase(Locale.ROOT);
        int digit = 0;
        while (digit < t.length() && !Character.isDigit(t.charAt(digit))) digit++;
        return t.substring(0, digit);
    }

    /**
     * The rounding step the written number implies: 1 for "1,987", 1,000 for "3,000", 0.1 for "2.5",
     * 100,000 for "$4.9 million". Spelled-out numbers ("two") are exact.
     */
    static double precision(double v, String text) {
        if (text == null) return 0;
        Matcher m = LITERAL.matcher(text);
        if (!m.find()) return 0;
        String whole = m.group(1).replace(",", "");
        String frac = m.group(2);
        double literal;
        try {
            literal = Double.parseDouble(whole + (frac == null ? "" : "." + frac));
        } catch (NumberFormatException e) {
            return 0;
        }
        double step;
        if (frac != null) {
            step = Math.pow(10, -frac.length());
        } else {
            int zeros = 0;
            for (int i = whole.length() - 1; i > 0 && whole.charAt(i) == '0'; i--) zeros++;
            step = Math.pow(10, zeros);
        }
        // the literal may be scaled by a magnitude word ("4.9 million" is 4,900,000)
        double scale = literal == 0 ? 1 : Math.abs(v / literal);
        if (!MAGNITUDE.matcher(text).find() && Math.abs(scale - 1) > 1e-9 && scale < 1) scale = 1;
        return step * scale;
    }
}
