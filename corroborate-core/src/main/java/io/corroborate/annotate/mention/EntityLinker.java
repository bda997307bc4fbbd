package io.corroborate.annotate.mention;

import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.MentionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Groups an article's mentions into entities, in text order. Names: people by {@link NameMatcher} (the
 * surname alone joins the latest person it fits), organisations by a normalised name, its first words or
 * its acronym ("GM" for "General Motors"), places by country ("US", "the United States", "American").
 * Descriptions join the latest entity whose role fits ("the Russian president" → the person whose role
 * was "Russian President"); pronouns join the latest person of a compatible gender within a few sentences.
 */
final class EntityLinker {
    /** How many sentences back a pronoun or description looks for its antecedent. */
    static final int PRONOUN_WINDOW = 3;
    static final int NOMINAL_WINDOW = 6;
    private static final Set<String> ORG_TAILS = Set.of("inc", "inc.", "corp", "corp.", "corporation", "co", "co.",
            "company", "ltd", "ltd.", "llc", "plc", "ag", "group", "holdings", "sa", "s.a.", "nv", "n.v.", "gmbh");

    private final Lexicon lex = Lexicon.get();

    List<Entity> link(List<Draft> drafts) {
        List<Entity> entities = new ArrayList<>();
        Map<String, NameMatcher.Name> nameTokens = new HashMap<>();
        for (Draft d : drafts) {
            if (d.kind == MentionKind.NAME && d.type == EntityType.PERSON && d.gender == 0 && d.text.indexOf(' ') > 0) {
                Character g = lex.firstName(d.text.substring(0, d.text.indexOf(' ')));
                if (g != null && g != 'U') d.gender = g;
            }
            Entity e = switch (d.kind) {
                case NAME -> name(d, entities, nameTokens);
                case NOMINAL -> nominal(d, entities);
                case PRONOUN -> pronoun(d, entities);
            };
            if (e == null && d.kind == MentionKind.PRONOUN) continue;
            if (e == null) {
                e = new Entity("e" + (entities.size() + 1), d.type, key(d));
                if (d.demonym) e.fallbackName = d.head;
                if (d.kind == MentionKind.NOMINAL && d.type == EntityType.LOCATION && d.modifier != null) {
                    e.fallbackName = d.modifier;
                }
                entities.add(e);
            }
            e.add(d);
            if (d.kind == MentionKind.NAME && e.type == EntityType.ORGANIZATION) noteOrgName(e, d.text);
        }
        return entities;
    }

    private Entity name(Draft d, List<Entity> entities, Map<String, NameMatcher.Name> nameTokens) {
        String key = key(d);
        Entity best = null;
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            if (e.type != d.type) continue;
            boolean fits = switch (d.type) {
                case PERSON -> namedPersonMatches(e, d, nameTokens);
                case ORGANIZATION -> orgMatches(e, d, key);
                default -> e.key.equals(key);
            };
            // The entity mentioned last wins: "Clinton" after "the former president" is Bill, not Hillary.
            if (fits && (best == null || e.lastEnd() > best.lastEnd())) best = e;
        }
        return best;
    }

    /**
     * A full name joins a person only when it fits every full name the person already has (so "Bill
     * Clinton" never joins "Hillary Clinton" through a bare "Clinton"); a bare surname joins any fitting person.
     */
    private boolean namedPersonMatches(Entity e, Draft d, Map<String, NameMatcher.Name> nameTokens) {
        NameMatcher.Name mine = nameTokens.computeIfAbsent(d.text, NameMatcher.Name::of);
        boolean full = mine.tokens().size() > 1;
        boolean anyFull = false, fitsAll = true, fitsOne = false;
        for (String name : e.names) {
            NameMatcher.Name theirs = nameTokens.computeIfAbsent(name, NameMatcher.Name::of);
            NameMatcher.Relation r = NameMatcher.compare(theirs, mine);
            boolean fit = r == NameMatcher.Relation.SAME || r == NameMatcher.Relation.VARIANT;
            fitsOne |= fit;
            if (theirs.tokens().size() > 1) {
                anyFull = true;
                fitsAll &= fit;
            }
        }
        if (full && anyFull) return fitsAll;
        return fitsOne;
    }

    private static boolean orgMatches(Entity e, Draft d, String key) {
        if (e.key.equals(key) || e.orgKeys.contains(key)) return true;
        if (key.startsWith(e.key + " ") || e.key.startsWith(key + " ")) return true;
        if (isAcronym(d.text) && e.orgAcronyms.contains(d.text.replace(".", ""))) return true;
        if (!e.orgShortForms.isEmpty() && e.orgShortForms.contains(acronymOfKey(key))) return true;
        return false;
    }

    /** Remembers an organisation name's key and acronym, and its own form when it is an acronym. */
    static void noteOrgName(Entity e, String text) {
        String k = keyText(text, true);
        e.orgKeys.add(k);
        e.orgAcronyms.add(acronymOfKey(k));
        if (isAcronym(text)) e.orgShortForms.add(text.replace(".", ""));
    }

    private static boolean isAcronym(String text) {
        String t = text.replace(".", "");
        if (t.length() < 2 || t.length() > 6) return false;
        for (int i = 0; i < t.length(); i++) if (!Character.isUpperCase(t.charAt(i))) return false;
        return true;
    }

    private static String acronymOfKey(String key) {
        StringBuilder sb = new StringBuilder();
        for (String t : key.split(" ")) {
            if (!t.isEmpty() && !t.equals("of") && !t.equals("and") && !t.equals("&") && !t.equals("the")) {
                sb.append(Character.toUpperCase(t.charAt(0)));
            }
        }
        return sb.toString();
    }

    private String key(Draft d) {
        if (d.type == EntityType.LOCATION) {
            if (d.demonym) return d.head.toLowerCase(Locale.ROOT);
            if (d.kind == MentionKind.NOMINAL && d.modifier != null) return d.modifier.toLowerCase(Locale.ROOT);
            Lexicon.Place p = lex.places.get(d.text);
            if (p != null && !p.kind().equals("city") && !p.kind().equals("state")) {
                return p.canonical().toLowerCase(Locale.ROOT);
            }
        }
        return keyText(d.text, d.type == EntityType.ORGANIZATION);
    }

    /** Lower case without a leading "the" and, for organisations, without trailing "Inc.", "Corp." and the like. */
    static String keyText(String text, boolean org) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("\\s+");
        int a = 0, b = parts.length;
        if (b > 1 && parts[0].equals("the")) a++;
        while (org && b - a > 1 && ORG_TAILS.contains(parts[b - 1].replace(",", ""))) b--;
        return String.join(" ", java.util.Arrays.copyOfRange(parts, a, b)).replace(",", "");
    }

    private Entity nominal(Draft d, List<Entity> entities) {
        if (d.type == EntityType.LOCATION) {
            String key = key(d);
            for (int i = entities.size() - 1; i >= 0; i--) {
                Entity e = entities.get(i);
                if (e.type == EntityType.LOCATION && e.key.equals(key)) return e;
            }
            return null;
        }
        Entity fallback = null;
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            if (e.type != d.type || d.sentence - e.lastSentence() > NOMINAL_WINDOW) continue;
            if (d.type == EntityType.ORGANIZATION) {
                if (hasName(e)) return e;
                continue;
            }
            boolean roleFits = false;
            for (String r : e.roles) {
                if (r.contains(d.head) && (d.modifier == null || roleHasPlace(r, d.modifier))) roleFits = true;
            }
            if (roleFits) return e;
            if (fallback == null && d.modifier == null && e.roles.isEmpty() && hasName(e)) fallback = e;
        }
        return null;
    }

    private boolean roleHasPlace(String role, String country) {
        for (String w : role.split("\\s+")) {
            String c = lex.demonyms.get(capitalise(w));
            if (c != null && c.equals(country)) return true;
            Lexicon.Place p = lex.places.get(w);
            if (p != null && p.canonical().equals(country)) return true;
        }
        return role.contains(country.toLowerCase(Locale.ROOT));
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static boolean hasName(Entity e) {
        return !e.names.isEmpty();
    }

    private Entity pronoun(Draft d, List<Entity> entities) {
        Entity best = null;
        int bestEnd = -1;
        for (Entity e : entities) {
            if (e.type != d.type) continue;
            if (d.type == EntityType.PERSON && e.gender != 0 && e.gender != d.gender) continue;
            // Drafts arrive in text order, so an entity's last mention is its latest before d.
            Draft last = e.mentions.get(e.mentions.size() - 1);
            int end = last.end <= d.start && d.sentence - last.sentence <= PRONOUN_WINDOW ? last.end : -1;
            if (end > bestEnd) {
                best = e;
                bestEnd = end;
            }
        }
        if (best != null && d.type == EntityType.PERSON && best.gender == 0) best.gender = d.gender;
        return best;
    }
}
