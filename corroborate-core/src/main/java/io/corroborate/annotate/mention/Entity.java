package io.corroborate.annotate.mention;

import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.MentionKind;
import java.util.ArrayList;
import java.util.List;

/** One entity of an article while mentions are linked; confined to one {@code tag} call. */
final class Entity {
    final String id;
    final EntityType type;
    /** Matching key: the country for places, a normalised name for organisations. */
    final String key;
    final List<Draft> mentions = new ArrayList<>();
    final List<String> roles = new ArrayList<>();
    /** Distinct texts of the name mentions, in order of first use. */
    final java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    /** Organisations: keys, acronyms of the keys, and names that are acronyms themselves ("GM"). */
    final java.util.Set<String> orgKeys = new java.util.HashSet<>();
    final java.util.Set<String> orgAcronyms = new java.util.HashSet<>();
    final java.util.Set<String> orgShortForms = new java.util.HashSet<>();
    char gender;
    /** Canonical name for an entity that the article names only by a demonym. */
    String fallbackName;

    Entity(String id, EntityType type, String key) {
        this.id = id;
        this.type = type;
        this.key = key;
    }

    void add(Draft d) {
        mentions.add(d);
        d.entity = this;
        if (d.kind == MentionKind.NAME) names.add(d.text);
        if (d.role != null) roles.add(d.role.toLowerCase(java.util.Locale.ROOT));
        if (d.gender != 0 && gender == 0) gender = d.gender;
    }

    int lastEnd() {
        return mentions.get(mentions.size() - 1).end;
    }

    int lastSentence() {
        return mentions.get(mentions.size() - 1).sentence;
    }

    /** The fullest name: the name mention with the most words (the first on ties); demonyms only as a last resort. */
    String canonical() {
        String best = null;
        int bestWords = 0;
        for (Draft d : mentions) {
            if (d.kind != MentionKind.NAME || d.demonym) continue;
            int words = d.text.split("\\s+").length;
            if (words > bestWords || (words == bestWords && d.text.length() > best.length() && type != EntityType.PERSON)) {
                best = d.text;
                bestWords = words;
            }
        }
        if (best != null) return best;
        if (fallbackName != null) return fallbackName;
        return mentions.get(0).text;
    }
}
