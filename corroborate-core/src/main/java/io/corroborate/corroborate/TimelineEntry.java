package io.corroborate.corroborate;

import java.util.List;

/**
 * A dated event: the resolved date (TIMEX3 value), what happened (a verbatim sentence) and its evidence.
 */
public record TimelineEntry(String date, String text, List<Evidence> evidence) {
    public TimelineEntry {
        evidence = List.copyOf(evidence);
    }
}
