package io.corroborate.corroborate.conflict;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Timex;
import io.corroborate.annotate.TimexType;
import io.corroborate.text.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day of an event: weekdays and calendar dates in aligned sentences. A weekday is compared with a
 * weekday by name (both articles may have been anchored differently, the name is what they wrote) and
 * with a calendar date by the date's weekday; two calendar dates are compared as days.
 */
final class DateSlots {
    /** Minimum weighted similarity of two sentences for their days to be about the same event. */
    static final double MIN_SIMILARITY = 0.12;
    /** Minimum number of content stems two such sentences share. */
    static final int MIN_SHARED = 3;
    /** Two calendar dates are compared only in sentences this similar (dates in captions and asides abound). */
    static final double MIN_SIMILARITY_DATES = 0.35;
    /** A weekday and a calendar date can be the same day only when the weekday resolves this close to it. */
    static final int SAME_WEEK_DAYS = 6;

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b");

    /** A day reference: weekday (1..7) when known, calendar day when known. */
    private record Day(DayOfWeek weekday, LocalDate date, boolean named) {
    }

    private final StoryIndex index;
    final List<Observation> obs = new ArrayList<>();
    private final List<Day> days = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();

    DateSlots(StoryIndex index) {
        this.index = index;
        collect();
        judge();
    }

    private void collect() {
        for (int a = 0; a < index.articles.size(); a++) {
            AnnotatedArticle art = index.articles.get(a);
            String text = art.text();
            List<Span> covered = new ArrayList<>();
            for (Timex t : art.timexes()) {
                if (t.type() != TimexType.DATE) continue;
                Matcher w = WEEKDAY.matcher(t.text());
                boolean explicit = MONTH_DAY.matcher(t.text()).find();
                if (w.find()) {
                    DayOfWeek dow = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
                    Span hl = new Span(t.span().start() + w.start(1), t.span().start() + w.end(1));
                    add(a, hl, w.group(1), new Day(dow, t.date(), true));
                    covered.add(t.span());
                } else if (explicit && t.date() != null && t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    add(a, t.span(), t.text(), new Day(t.date().getDayOfWeek(), t.date(), false));
                    covered.add(t.span());
                }
            }
            // weekday names the time tagger did not report: the name alone is still comparable
            for (var s : art.sentences()) {
                Matcher w = WEEKDAY.matcher(text).region(s.span().start(), s.span().end());
                while (w.find()) {
                    Span hl = new Span(w.start(1), w.end(1));
                    if (covered.stream().anyMatch(c -> c.overlaps(hl))) continue;
                    add(a, hl, w.group(1), new Day(DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT)), null, true));
                }
            }
        }
    }

    private void add(int article, Span hl, String written, Day day) {
        AnnotatedArticle art = index.articles.get(article);
        int s = art.sentenceIndexAt(hl.start());
        if (s < 0) return;
        String norm = day.named() ? day.weekday().name().toLowerCase(Locale.ROOT)
                : day.date().toString();
        obs.add(new Observation(article, s, hl, written, norm, Slots.around(index, article, s, hl, "day of")));
        days.add(day);
    }

    private void judge() {
        int n = obs.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Observation x = obs.get(i), y = obs.get(j);
                if (x.article() == y.article()) continue;
                double s = index.similarity(x.article(), x.sentence(), y.article(), y.sentence());
                if (s < MIN_SIMILARITY || index.shared(x.article(), x.sentence(), y.article(), y.sentence()) < MIN_SHARED) {
                    continue;
                }
                sim[i][j] = sim[j][i] = s;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sim[i][j] == 0) continue;
                Observation x = obs.get(i), y = obs.get(j);
                Boolean agree = agree(days.get(i), days.get(j));
                if (agree == null) continue;
                if (!days.get(i).named() && !days.get(j).named() && sim[i][j] < MIN_SIMILARITY_DATES) continue;
                if (agree && Alignment.mutualBest(obs, sim, i, j)) {
                    edges.add(new Edge(i, j, x.normalized().equals(y.normalized()) ? Edge.Relation.SAME
                            : Edge.Relation.VARIANT, sim[i][j]));
                } else if (!agree && Alignment.mutualBest(obs, sim, i, j) && !matchedElsewhere(i, j) && !matchedElsewhere(j, i)
                        && !(mentions(x.article(), days.get(j)) && mentions(y.article(), days.get(i)))) {
                    // (when each article also names the other's day, the two days are two events)
                    edges.add(new Edge(i, j, Edge.Relation.CONFLICT, Math.min(1.0, 0.4 + sim[i][j])));
                }
            }
        }
    }

    /** True when observation i's day agrees with another day in the sentence of observation j. */
    private boolean matchedElsewhere(int i, int j) {
        Observation y = obs.get(j);
        for (int k = 0; k < obs.size(); k++) {
            Observation z = obs.get(k);
            if (k == j || z.article() != y.article() || z.sentence() != y.sentence()) continue;
            if (Boolean.TRUE.equals(agree(days.get(i), days.get(k)))) return true;
        }
        return false;
    }

    /** True when the article names this day anywhere. */
    private boolean mentions(int article, Day d) {
        for (int k = 0; k < obs.size(); k++) {
            if (obs.get(k).article() == article && Boolean.TRUE.equals(agree(days.get(k), d))) return true;
        }
        return false;
    }

    /** Whether two day references agree; null when they cannot be compared. */
    private static Boolean agree(Day a, Day b) {
        if (a.named() && b.named()) return a.weekday() == b.weekday();
        if (a.named() || b.named()) {
            Day w = a.named() ? a : b, d = a.named() ? b : a;
            // a weekday and a calendar date are one day only if the weekday falls in that week
            if (w.date() == null || d.date() == null
                    || Math.abs(w.date().toEpochDay() - d.date().toEpochDay()) > SAME_WEEK_DAYS) return null;
            return w.weekday() == d.weekday();
        }
        if (a.date() == null || b.date() == null) return null;
        return a.date().equals(b.date());
    }
}
