package io.corroborate.annotate.mention;

import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.MentionKind;

/**
 * A mention while the tagger builds it: typed, linked, then frozen into a {@code Mention}. Confined to one
 * {@code tag} call, so mutability never leaks.
 */
final class Draft {
    final int sentence;
    final int start;
    final int end;
    final String text;
    final MentionKind kind;
    EntityType type;
    /** Why the type was chosen, for tests and debugging. */
    String cue;
    /** True when the type came from a lexicon or a title, not from context or a default. */
    boolean strong;
    String role;
    int roleStart = -1;
    int roleEnd = -1;
    /** Gender from an honorific or first name: 'M', 'F', or 0 when unknown. */
    char gender;
    /** For nominals: the role head ("president", "company"); for demonyms: the country. */
    String head;
    String modifier;
    boolean demonym;
    /** Set when later evidence shows the run is not a name after all. */
    boolean dropped;
    Entity entity;
    /** Word range [firstWord, endWord) in the sentence's words. */
    int firstWord;
    int endWord;

    Draft(int sentence, int start, int end, String text, MentionKind kind) {
        this.sentence = sentence;
        this.start = start;
        this.end = end;
        this.text = text;
        this.kind = kind;
    }

    void type(EntityType t, String why, boolean isStrong) {
        type = t;
        cue = why;
        strong = isStrong;
    }

    void role(String text, int s, int e) {
        role = text;
        roleStart = s;
        roleEnd = e;
    }

    @Override
    public String toString() {
        return text + "/" + type + "/" + kind + (role == null ? "" : "[" + role + "]") + "(" + cue + ")";
    }
}
