package io.corroborate.corroborate.conflict;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Mention;
import io.corroborate.annotate.MentionKind;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One person written with different first names: same surname, and the same role or the same things
 * said about them, in articles none of which names both first names (an article that names both is
 * telling two people apart: relatives, namesakes). Within one other article only the best-fitting
 * person is compared.
 */
final class NameSlots {
    /** Minimum weighted similarity of the words around two persons for them to be one person. */
    static final double MIN_CONTEXT = 0.05;

    private record Person(int article, PersonName name, Mention first, Set<String> context, Set<String> role,
                          Set<String> kin) {
    }

    /** Words that introduce a relative: a person so introduced is told apart from the one sharing the surname. */
    private static final Set<String> KIN = Set.of("wife", "husband", "son", "daughter", "mother", "father", "brother",
            "sister", "widow", "widower", "parent", "grandson", "granddaughter", "grandmother", "grandfather", "uncle",
            "aunt", "nephew", "niece", "cousin", "stepson", "stepdaughter", "stepfather", "stepmother", "fiancée",
            "fiance", "fiancee", "spouse", "sibling", "twin", "child", "mom", "dad");
    /** A kinship word right before a name ("his wife, Susan Balin", "son-in-law Alex Auer"). */
    private static final java.util.regex.Pattern KIN_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(\\p{L}+?)s?(?:-in-law)?,?\\s*$");

    private final StoryIndex index;
    final List<Observation> obs = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();

    NameSlots(StoryIndex index) {
        this.index = index;
        collect();
        judge();
    }

    private void collect() {
        for (int a = 0; a < index.articles.size(); a++) {
            AnnotatedArticle art = index.articles.get(a);
            Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
            for (Mention m : art.mentions()) {
                if (m.type() != EntityType.PERSON || m.kind() == MentionKind.PRONOUN) continue;
                String key = m.entity() != null ? m.entity() : (m.canonical() != null ? m.canonical() : m.text());
                byEntity.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
            Map<String, Person> byName = new LinkedHashMap<>();
            for (List<Mention> ms : byEntity.values()) {
                String canonical = ms.get(0).canonical() != null ? ms.get(0).canonical() : ms.get(0).text();
                PersonName name = PersonName.of(canonical);
                if (name == null) continue;
                Mention shown = ms.stream().filter(m -> m.text().contains(name.first())).findFirst().orElse(ms.get(0));
                Set<String> context = new HashSet<>();
                Set<String> role = new HashSet<>();
                Set<String> kin = new HashSet<>();
                Set<Integer> sentences = new HashSet<>();
                for (Mention m : ms) {
                    kin.addAll(kinBefore(art, m));
                    if (m.role() != null) {
                        // "wife" in a role is this person's kinship; "son of ..." names someone else's
                        String[] ws = m.role().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
                        for (int w = 0; w < ws.length; w++) {
                            if (KIN.contains(ws[w]) && !(w + 1 < ws.length && ws[w + 1].equals("of"))) kin.add(ws[w]);
                        }
                    }
                    int s = art.sentenceIndexAt(m.span().start());
                    if (s >= 0 && sentences.add(s)) context.addAll(index.stems(a, s));
                    if (m.role() != null) role.addAll(roleStems(m.role()));
                }
                context.removeAll(ContentWords.stems(canonical));
                String key = PersonName.key(name.first()) + " " + PersonName.key(name.surname());
                Person old = byName.get(key);
                if (old != null) { // one person split into two entities: pool what is said about them
                    old.context().addAll(context);
                    old.role().addAll(role);
                    old.kin().addAll(kin);
                    continue;
                }
                byName.put(key, new Person(a, name, shown, context, role, kin));
            }
            for (Person p : byName.values()) {
                int s = art.sentenceIndexAt(p.first().span().start());
                if (s < 0) continue;
                Span hl = p.first().span();
                obs.add(new Observation(a, s, hl, p.name().full(),
                        PersonName.key(p.name().first()) + " " + PersonName.key(p.name().surname()),
                        "first name of " + p.name().surname() + roleWords(art, p)));
                persons.add(p);
            }
        }
    }

    /** Abbreviated titles, written out so that "Sen." and "Senator" are one role. */
    private static final Map<String, String> TITLES = Map.ofEntries(Map.entry("sen", "senator"),
            Map.entry("rep", "representative"), Map.entry("gov", "governor"), Map.entry("lt", "lieutenant"),
            Map.entry("gen", "general"), Map.entry("sgt", "sergeant"), Map.entry("det", "detective"),
            Map.entry("atty", "attorney"), Map.entry("supt", "superintendent"), Map.entry("cmdr", "commander"),
            Map.entry("col", "colonel"), Map.entry("capt", "captain"), Map.entry("pres", "president"),
            Map.entry("prof", "professor"), Map.entry("insp", "inspector"), Map.entry("adm", "admiral"),
            Map.entry("maj", "major"), Map.entry("cpl", "corporal"), Map.entry("amb", "ambassador"));

    static Set<String> roleStems(String role) {
        StringBuilder b = new StringBuilder();
        for (String w : role.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) b.append(TITLES.getOrDefault(w, w)).append(' ');
        return ContentWords.stems(b);
    }

    /** The kinship word just before a mention, if any. */
    private static Set<String> kinBefore(AnnotatedArticle art, Mention m) {
        int from = Math.max(0, m.span().start() - 24);
        var k = KIN_BEFORE.matcher(art.text().substring(from, m.span().start()));
        if (k.find() && KIN.contains(k.group(1).toLowerCase(Locale.ROOT))) return Set.of(k.group(1).toLowerCase(Locale.ROOT));
        return Set.of();
    }

    private static String roleWords(AnnotatedArticle art, Person p) {
        String role = p.first().role();
        return role == null || role.isBlank() ? "" : " (" + role.trim().toLowerCase(Locale.ROOT) + ")";
    }

    private void judge() {
        for (int i = 0; i < obs.size(); i++) {
            // per other article, the best-fitting differently named namesake
            Map<Integer, Integer> best = new LinkedHashMap<>();
            Map<Integer, Double> bestScore = new LinkedHashMap<>();
            for (int j = 0; j < obs.size(); j++) {
                Person x = persons.get(i), y = persons.get(j);
                if (x.article() == y.article()) continue;
                PersonName.Match m = x.name().compare(y.name());
                if (m == PersonName.Match.DIFFERENT) continue;
                if (twoPeople(x.name(), y.name())) continue;
                if (m == PersonName.Match.SAME || m == PersonName.Match.VARIANT) {
                    if (i < j) edges.add(new Edge(i, j, m == PersonName.Match.SAME ? Edge.Relation.SAME : Edge.Relation.VARIANT, 1.0));
                    continue;
                }
                if (presentIn(y.article(), x.name())) continue; // the other article knows this person too
                if (!x.kin().equals(y.kin())) continue; // a relative on one side only
                double score = index.similarity(x.context(), y.context());
                boolean sameRole = x.role().stream().anyMatch(y.role()::contains);
                if (!sameRole && score < MIN_CONTEXT) continue;
                double s = sameRole ? 1 + score : score;
                if (s > bestScore.getOrDefault(y.article(), -1.0)) {
                    bestScore.put(y.article(), s);
                    best.put(y.article(), j);
                }
            }
            for (var e : best.entrySet()) {
                int j = e.getValue();
                double s = bestScore.get(e.getKey());
                edges.add(new Edge(Math.min(i, j), Math.max(i, j), Edge.Relation.CONFLICT,
                        Math.min(0.95, s >= 1 ? 0.9 : 0.5 + s)));
            }
        }
    }

    /** True when one article names both: then they are two people (relatives, namesakes). */
    private boolean twoPeople(PersonName a, PersonName b) {
        for (int art = 0; art < index.articles.size(); art++) {
            if (presentIn(art, a) && presentIn(art, b)) {
                PersonName.Match m = a.compare(b);
                if (m == PersonName.Match.FIRST_NAME_DIFFERS || m == PersonName.Match.VARIANT) return true;
            }
        }
        return false;
    }

    private boolean presentIn(int article, PersonName n) {
        for (int k = 0; k < persons.size(); k++) {
            Person p = persons.get(k);
            if (p.article() == article && p.name().compare(n) == PersonName.Match.SAME) return true;
        }
        return false;
    }
}
