package io.corroborate.corroborate.timeline;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.corroborate.TimelineEntry;
import java.util.List;

/** Placeholder: empty timeline. */
public final class TimelineBuilder {
    public List<TimelineEntry> build(List<AnnotatedArticle> articles) {
        return List.of();
    }
}
