package io.corroborate.corroborate.timeline;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Timex;
import io.corroborate.annotate.TimexType;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Evidence;
import io.corroborate.corroborate.TimelineEntry;
import io.corroborate.corroborate.claim.ArticleOrder;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dated events: every sentence holding a resolved calendar date (a day, month, ISO week or year), grouped
 * by that date and by the claim the sentence belongs to, so one event told by several articles is one
 * entry with every article's evidence (the date highlighted). The entry's text is the claim's sentence,
 * verbatim. Entries are sorted by date (a coarser date before the days within it), then by support.
 * Stateless and thread-safe.
 */
public final class TimelineBuilder {
    private static final Pattern VALUE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2}))?(?:T.*)?");

    public List<TimelineEntry> build(List<AnnotatedArticle> articles) {
        return build(articles, List.of());
    }

    public List<TimelineEntry> build(List<AnnotatedArticle> articles, List<Claim> claims) {
        Map<String, Claim> claimOfSentence = new HashMap<>();
        for (Claim c : claims) {
            for (Evidence e : c.support()) claimOfSentence.put(e.articleId() + "@" + e.sentence().start(), c);
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (int a : ArticleOrder.indices(articles)) {
            AnnotatedArticle art = articles.get(a);
            for (Timex t : art.timexes()) {
                String date = dateOf(t);
                if (date == null) continue;
                int si = art.sentenceIndexAt(t.span().start());
                if (si < 0) continue;
                Sentence s = art.sentences().get(si);
                Claim c = claimOfSentence.get(art.id() + "@" + s.span().start());
                String event = c != null ? c.id() : art.id() + "@" + s.span().start();
                Group g = groups.computeIfAbsent(date + " " + event,
                        k -> new Group(date, c != null ? c.text() : s.text(art.text()), groups.size()));
                boolean dup = g.evidence.stream().anyMatch(e -> e.articleId().equals(art.id())
                        && e.sentence().equals(s.span()));
                if (!dup) g.evidence.add(new Evidence(art.id(), s.span(), s.text(art.text()), t.span()));
            }
        }
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort(Comparator.comparing((Group g) -> sortKey(g.date))
                .thenComparingInt(g -> -(int) g.evidence.stream().map(Evidence::articleId).distinct().count())
                .thenComparingInt(g -> g.order));
        return sorted.stream().map(g -> new TimelineEntry(g.date, g.text, g.evidence)).toList();
    }

    private record Group(String date, String text, int order, List<Evidence> evidence) {
        Group(String date, String text, int order) {
            this(date, text, order, new ArrayList<>());
        }
    }

    /** The calendar value of a date or time expression, or null for durations, sets and unresolved ones. */
    static String dateOf(Timex t) {
        if (t.type() == TimexType.DURATION || t.type() == TimexType.SET) return null;
        if (t.date() != null) return t.date().toString();
        if (t.value() == null) return null;
        Matcher m = VALUE.matcher(t.value());
        if (!m.matches()) return null;
        return m.group(3) != null ? t.value().substring(0, 10) : t.value().replaceFirst("T.*", "");
    }

    /** Sorts "2025", "2025-03", "2025-W12", "2025-03-18" in time order, a period before its days. */
    static String sortKey(String date) {
        Matcher m = VALUE.matcher(date);
        if (!m.matches()) return date;
        if (m.group(4) != null) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(4)))
                    .with(java.time.DayOfWeek.MONDAY);
            return monday.toString() + " w";
        }
        return date;
    }
}
