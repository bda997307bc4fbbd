package io.corroborate.annotate.time;

import io.corroborate.annotate.time.TenseCue.Tense;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Calendar arithmetic behind TIMEX3 values: which day, week, month or year an expression names. */
final class TimexCalendar {
    private TimexCalendar() {
    }

    /** Beyond this many days a past-tense date is not pulled back a year (nor a future one forward). */
    private static final int YEAR_SWITCH_DAYS = 270;

    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(YearMonth ym) {
        return String.format(Locale.ROOT, "%04d-%02d", ym.getYear(), ym.getMonthValue());
    }

    static String year(int y) {
        return String.format(Locale.ROOT, "%04d", y);
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /**
     * The weekday {@code dow} nearest {@code anchor} in the direction the tense gives: on or before it when
     * past (news default), on or after it when future; {@code strict} excludes the anchor day itself
     * ("last Tuesday", "next Tuesday").
     */
    static LocalDate weekday(LocalDate anchor, DayOfWeek dow, Tense tense, boolean strict) {
        if (tense == Tense.FUTURE) {
            return strict ? anchor.with(TemporalAdjusters.next(dow)) : anchor.with(TemporalAdjusters.nextOrSame(dow));
        }
        return strict ? anchor.with(TemporalAdjusters.previous(dow)) : anchor.with(TemporalAdjusters.previousOrSame(dow));
    }

    /**
     * A month and day without a year: the occurrence nearest the anchor, pulled to the past side in past
     * tense and the future side in future tense when that one is within {@value #YEAR_SWITCH_DAYS} days.
     */
    static LocalDate monthDay(LocalDate anchor, int month, int day, Tense tense) {
        LocalDate best = null;
        long bestDist = Long.MAX_VALUE;
        LocalDate before = null, after = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate c;
            try {
                c = LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                continue; // February 29 outside leap years
            }
            long dist = Math.abs(c.toEpochDay() - anchor.toEpochDay());
            if (dist < bestDist) {
                bestDist = dist;
                best = c;
            }
            if (!c.isAfter(anchor)) before = c;
            if (!c.isBefore(anchor) && after == null) after = c;
        }
        if (best == null) return null;
        if (tense == Tense.PAST && best.isAfter(anchor) && before != null
                && anchor.toEpochDay() - before.toEpochDay() <= YEAR_SWITCH_DAYS) return before;
        if (tense == Tense.FUTURE && best.isBefore(anchor) && after != null
                && after.toEpochDay() - anchor.toEpochDay() <= YEAR_SWITCH_DAYS) return after;
        return best;
    }

    /** A month without a year: the latest one not after the anchor's month, or the next one when future. */
    static YearMonth month(LocalDate anchor, int month, Tense tense) {
        YearMonth a = YearMonth.from(anchor);
        YearMonth same = YearMonth.of(anchor.getYear(), month);
        if (tense == Tense.FUTURE) return same.isBefore(a) ? same.plusYears(1) : same;
        return same.isAfter(a) ? same.minusYears(1) : same;
    }

    /** A quarter without a year: reported quarters lie behind, so a later quarter than now is last year's. */
    static int quarterYear(LocalDate anchor, int quarter, Tense tense) {
        int q = quarterOf(anchor);
        if (tense == Tense.FUTURE) return quarter < q ? anchor.getYear() + 1 : anchor.getYear();
        return quarter > q ? anchor.getYear() - 1 : anchor.getYear();
    }

    /** Two-digit year ("'82", "7/8/07"): the latest such year not more than ten years after the anchor. */
    static int century(int yy, LocalDate anchor) {
        int ref = anchor == null ? 2025 : anchor.getYear();
        int y = (ref / 100) * 100 + yy;
        if (y > ref + 10) y -= 100;
        return y;
    }
}
