package io.corroborate.annotate.time;

import io.corroborate.annotate.Parsed;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Timex;
import io.corroborate.annotate.TimexTagger;
import io.corroborate.annotate.TimexType;
import io.corroborate.annotate.time.TenseCue.Tense;
import io.corroborate.annotate.time.TimexCandidate.Context;
import io.corroborate.annotate.time.TimexCandidate.Kind;
import io.corroborate.annotate.time.TimexCandidate.Value;
import io.corroborate.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rule-based time expressions (TIMEX3), resolved against an anchor date.
 *
 * <p>Protocol: every rule of {@link TimexRules} proposes candidates inside the article's sentences (and
 * the headline before them); the longest leftmost candidates win; then, in text order, each is resolved
 * with the tense of its sentence ("on Tuesday" reads back from the anchor in news past tense, "will ...
 * on Tuesday" forward) and the last day the text named ("the same day"). A clock time takes the day written
 * next to it ("16:15 UTC, June 1"). With a null anchor, relative expressions get TIMEX3's unresolved forms
 * ("XXXX-WXX-2", "XXXX-03-18") or a null value. Stateless and thread-safe.
 */
public final class RuleTimexTagger implements TimexTagger {
    private static final Pattern ATTACH_BEFORE = Pattern.compile("[ ,]*(?:(?:at|on|by|around|about)[ ,]+)?");
    private static final Pattern ATTACH_AFTER = Pattern.compile("[ ,]*(?:on[ ,]+)?");

    @Override
    public List<Timex> tag(Parsed parsed, LocalDate anchor) {
        return tag(parsed, anchor, false);
    }

    /** With {@code datesOnly}, only explicit dates are looked for (a cheap pass for the anchor finder). */
    List<Timex> tag(Parsed parsed, LocalDate anchor, boolean datesOnly) {
        String text = parsed.text();
        List<TimexCandidate> all = new ArrayList<>();
        for (Span r : parsed.lineRuns()) {
            all.addAll(datesOnly ? TimexRules.findDates(text, r.start(), r.end()) : TimexRules.find(text, r.start(), r.end()));
        }
        List<TimexCandidate> chosen = select(all);

        int n = chosen.size();
        Value[] values = new Value[n];
        int[] ends = new int[n];
        LocalDate focus = null;
        for (int i = 0; i < n; i++) {
            TimexCandidate c = chosen.get(i);
            ends[i] = c.end();
            if (c.kind() == Kind.TIME) continue; // needs its neighbours' days: second pass
            values[i] = c.resolver().resolve(new Context(anchor, tense(parsed, c), focus));
            if (values[i].date() != null) focus = values[i].date();
        }
        boolean[] absorbed = new boolean[n];
        for (int i = 0; i < n; i++) {
            TimexCandidate c = chosen.get(i);
            if (c.kind() != Kind.TIME) continue;
            LocalDate day = null;
            if (i + 1 < n && chosen.get(i + 1).kind() != Kind.TIME && values[i + 1].date() != null
                    && ATTACH_AFTER.matcher(text.substring(c.end(), chosen.get(i + 1).start())).matches()) {
                day = values[i + 1].date();
                // "12:00 UTC Monday" is one expression; "16:15 UTC, June 1" two
                if (chosen.get(i + 1).kind() == Kind.DAY && text.substring(c.end(), chosen.get(i + 1).start()).isBlank()
                        && !text.substring(chosen.get(i + 1).start(), chosen.get(i + 1).end()).matches(".*\\d.*")) {
                    absorbed[i + 1] = true;
                    ends[i] = chosen.get(i + 1).end();
                }
            } else if (i > 0 && chosen.get(i - 1).kind() != Kind.TIME && values[i - 1].date() != null
                    && ATTACH_BEFORE.matcher(text.substring(chosen.get(i - 1).end(), c.start())).matches()) {
                day = values[i - 1].date();
            }
            values[i] = c.resolver().resolve(new Context(anchor, Tense.NONE, day));
        }
        List<Timex> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (absorbed[i]) continue;
            TimexCandidate c = chosen.get(i);
            Span span = new Span(c.start(), ends[i]);
            Value v = values[i];
            LocalDate date = c.type() == TimexType.DATE ? v.date() : null;
            if (date != null && !date.toString().equals(v.value())) date = null; // "2025-03-18TMO" is part of a day
            out.add(new Timex(span, span.of(text), c.type(), v.value(), date));
        }
        return out;
    }

    /**
     * True when {@code number} lies inside a date, year, clock time or set ("March 18", "2025", "3 p.m.")
     * found within {@code [from, to)} of {@code text}, not a duration: the number tagger's cheap local check.
     */
    public boolean inDateOrTime(String text, int from, int to, Span number) {
        for (TimexCandidate c : select(TimexRules.find(text, from, to))) {
            if (c.type() != TimexType.DURATION && c.start() < number.end() && number.start() < c.end()) return true;
        }
        return false;
    }


    /** Longest leftmost candidates that do not overlap; on ties the earlier rule wins. */
    private static List<TimexCandidate> select(List<TimexCandidate> all) {
        List<TimexCandidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(TimexCandidate::start).thenComparing(Comparator.comparingInt(TimexCandidate::length).reversed()));
        List<TimexCandidate> out = new ArrayList<>();
        int end = -1;
        for (TimexCandidate c : sorted) {
            if (c.start() >= end) {
                out.add(c);
                end = c.end();
            }
        }
        return out;
    }

    private static Tense tense(Parsed parsed, TimexCandidate c) {
        String text = parsed.text();
        int s = c.start(), e = c.end();
        Span sent = sentenceAt(parsed.sentences(), c.start());
        if (sent != null) {
            s = sent.start();
            e = Math.max(sent.end(), c.end());
        } else {
            while (s > 0 && text.charAt(s - 1) != '\n') s--;
            while (e < text.length() && text.charAt(e) != '\n') e++;
        }
        return TenseCue.around(text, s, e, c.start(), c.end());
    }

    private static Span sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span sp = sentences.get(mid).span();
            if (offset < sp.start()) hi = mid - 1;
            else if (offset >= sp.end()) lo = mid + 1;
            else return sp;
        }
        return null;
    }
}
