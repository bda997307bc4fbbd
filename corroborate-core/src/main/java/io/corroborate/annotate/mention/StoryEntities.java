package io.corroborate.annotate.mention;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Mention;
import io.corroborate.annotate.MentionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups the in-article entities of a story's articles into story-wide entities: "Volodymyr Zelensky" in
 * one report and "Zelenskyy" in another are one person. People join by {@link NameMatcher} (same name or
 * variant; a full name must fit every full name of the group; a bare surname joins only when exactly one
 * group fits it); other entities by their canonical name, case and a leading "the" ignored. Two spellings
 * whose first names differ ("Karoline" / "Katherine Leavitt") stay apart: that is for the conflicts stage
 * to report. Stateless and thread-safe.
 */
public final class StoryEntities {
    /** One article's entity: the article's index in the input list, its entity id and canonical name. */
    public record Member(int article, String entity, String canonical) {
    }

    /** A story-wide entity: id ("s1", ...), type, the fullest canonical name, and its members in input order. */
    public record Group(String id, EntityType type, String canonical, List<Member> members) {
        public Group {
            members = List.copyOf(members);
        }
    }

    private StoryEntities() {
    }

    public static List<Group> group(List<AnnotatedArticle> articles) {
        List<Building> groups = new ArrayList<>();
        List<Pending> surnames = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            for (Pending p : entitiesOf(a, articles.get(a))) {
                if ((p.type == EntityType.PERSON || p.type == EntityType.ORGANIZATION)
                        && NameMatcher.tokens(p.canonical).size() == 1 && p.canonical.indexOf(' ') < 0) {
                    surnames.add(p); // joined after every full name is known
                    continue;
                }
                Building g = find(groups, p);
                if (g == null) {
                    g = new Building(p.type);
                    groups.add(g);
                }
                g.add(p);
            }
        }
        for (Pending p : surnames) {
            Building only = null;
            int fits = 0;
            for (Building g : groups) {
                if (g.type == EntityType.PERSON && fitsPerson(g, p)) {
                    only = g;
                    fits++;
                }
            }
            // A lone capitalised word that one article could not type ("Zelenskyy thanked ...") is the person
            // whose surname it is elsewhere in the story, unless the story knows an organisation of that name.
            if (p.type == EntityType.ORGANIZATION && (fits != 1 || find(groups, p) != null)) {
                fits = 0;
                only = null;
            }
            if (fits != 1) {
                only = find(groups, p); // another bare surname of the same spelling, or a new group
                if (only == null || fits > 1) {
                    only = new Building(p.type);
                    groups.add(only);
                }
            }
            only.add(p);
        }
        List<Group> out = new ArrayList<>();
        for (Building g : groups) out.add(new Group("s" + (out.size() + 1), g.type, g.canonical(), g.members));
        return out;
    }

    private record Pending(int article, String entity, EntityType type, String canonical) {
    }

    private static final class Building {
        final EntityType type;
        final List<Member> members = new ArrayList<>();
        final List<String> names = new ArrayList<>();

        Building(EntityType type) {
            this.type = type;
        }

        void add(Pending p) {
            members.add(new Member(p.article, p.entity, p.canonical));
            if (!names.contains(p.canonical)) names.add(p.canonical);
        }

        String canonical() {
            String best = names.get(0);
            for (String n : names) if (n.split("\\s+").length > best.split("\\s+").length) best = n;
            return best;
        }
    }

    private static List<Pending> entitiesOf(int article, AnnotatedArticle a) {
        Map<String, Pending> byEntity = new LinkedHashMap<>();
        for (Mention m : a.mentions()) {
            if (m.entity() == null || m.kind() == MentionKind.PRONOUN) continue;
            byEntity.putIfAbsent(m.entity(), new Pending(article, m.entity(), m.type(),
                    m.canonical() != null ? m.canonical() : m.text()));
        }
        return new ArrayList<>(byEntity.values());
    }

    private static Building find(List<Building> groups, Pending p) {
        for (Building g : groups) {
            if (g.type != p.type) continue;
            if (p.type == EntityType.PERSON ? fitsPerson(g, p) : sameName(g, p)) return g;
        }
        return null;
    }

    private static boolean fitsPerson(Building g, Pending p) {
        boolean full = NameMatcher.tokens(p.canonical).size() > 1;
        boolean any = false;
        for (String n : g.names) {
            NameMatcher.Relation r = NameMatcher.compare(n, p.canonical);
            boolean fit = r == NameMatcher.Relation.SAME || r == NameMatcher.Relation.VARIANT;
            if (full && NameMatcher.tokens(n).size() > 1 && !fit) return false;
            any |= fit;
        }
        return any;
    }

    private static boolean sameName(Building g, Pending p) {
        String k = key(p.canonical);
        for (String n : g.names) if (key(n).equals(k)) return true;
        return false;
    }

    private static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
