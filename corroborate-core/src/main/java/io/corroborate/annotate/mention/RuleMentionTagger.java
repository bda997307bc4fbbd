package io.corroborate.annotate.mention;

import io.corroborate.annotate.Mention;
import io.corroborate.annotate.MentionTagger;
import io.corroborate.annotate.Parsed;
import java.util.List;

/** Placeholder: finds nothing yet. */
public final class RuleMentionTagger implements MentionTagger {
    @Override
    public List<Mention> tag(Parsed parsed) {
        return List.of();
    }
}
