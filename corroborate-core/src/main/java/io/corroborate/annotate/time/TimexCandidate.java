package io.corroborate.annotate.time;

import io.corroborate.annotate.TimexType;
import io.corroborate.annotate.time.TenseCue.Tense;
import java.time.LocalDate;

/**
 * A time expression found by one rule, before its value is worked out: the value needs the anchor, the
 * tense of its sentence and the day the text last spoke of.
 */
record TimexCandidate(int start, int end, TimexType type, Resolver resolver, Kind kind) {
    /** What the expression is, where later steps treat kinds differently (merging a time with its day). */
    enum Kind { FULL_DATE, DAY, TIME, OTHER }

    /** What a resolver may use. {@code focus}: the last day the text named before this expression, or null. */
    record Context(LocalDate anchor, Tense tense, LocalDate focus) {
    }

    /** A TIMEX3 value and, when it names exactly one day, that day. */
    record Value(String value, LocalDate date) {
        static Value of(LocalDate d) {
            return new Value(d.toString(), d);
        }

        static Value of(String v) {
            return new Value(v, null);
        }

        static final Value NONE = new Value(null, null);
    }

    @FunctionalInterface
    interface Resolver {
        Value resolve(Context c);
    }

    int length() {
        return end - start;
    }
}
