package io.corroborate.annotate.time;

import io.corroborate.annotate.AnchorFinder;
import io.corroborate.annotate.Parsed;
import io.corroborate.annotate.Timex;
import io.corroborate.text.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The date an article's own text gives for itself, for articles without a publication date: a dateline
 * (a line near the top that holds nothing but a full date, perhaps after "Published" or "Updated"), else
 * the latest full date (day, month and year) the text states outside future-tense sentences. A month and
 * day without a year never anchors: the year cannot be known. Stateless and thread-safe.
 */
public final class RuleAnchorFinder implements AnchorFinder {
    /** A dateline is looked for in this many leading characters. */
    private static final int DATELINE_WINDOW = 600;
    private static final Pattern DATELINE_REST = Pattern.compile(
            "(?i)[\\s|,•·–—-]*(?:(?:published|updated|posted|last updated|first published|date|on)[:\\s]*)*"
                    + "[\\s|,•·–—-]*");
    private static final Pattern TRAILING_TIME = Pattern.compile(
            "(?i)[\\s,|•·–—-]*(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?[\\s,|•·–—-]*");

    private final RuleTimexTagger tagger = new RuleTimexTagger();

    @Override
    public Optional<LocalDate> find(Parsed parsed) {
        String text = parsed.text();
        List<Timex> full = tagger.tag(parsed, null, true).stream().filter(t -> t.date() != null).toList();
        for (Timex t : full) {
            if (t.span().start() >= DATELINE_WINDOW) break;
            if (isDateline(text, t.span())) return Optional.of(t.date());
        }
        LocalDate latest = null;
        for (Timex t : full) {
            if (future(parsed, t.span())) continue;
            if (latest == null || t.date().isAfter(latest)) latest = t.date();
        }
        return Optional.ofNullable(latest);
    }

    private static boolean isDateline(String text, Span s) {
        int ls = text.lastIndexOf('\n', s.start() - 1) + 1;
        int le = text.indexOf('\n', s.end());
        if (le < 0) le = text.length();
        return DATELINE_REST.matcher(text.substring(ls, s.start())).matches()
                && TRAILING_TIME.matcher(text.substring(s.end(), le)).matches();
    }

    private static boolean future(Parsed parsed, Span s) {
        String text = parsed.text();
        int a = s.start(), b = s.end();
        for (var sent : parsed.sentences()) {
            if (sent.span().contains(s.start())) {
                a = sent.span().start();
                b = Math.max(b, sent.span().end());
                break;
            }
        }
        return TenseCue.around(text, a, b, s.start(), s.end()) == TenseCue.Tense.FUTURE;
    }
}
