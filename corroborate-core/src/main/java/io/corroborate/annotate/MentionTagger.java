package io.corroborate.annotate;

import java.util.List;

/** People, organisations and places, with in-article entity ids. Thread-safe. */
public interface MentionTagger {
    List<Mention> tag(Parsed parsed);
}
