package io.corroborate.corroborate.conflict;

import io.corroborate.corroborate.Conflict;
import io.corroborate.corroborate.Evidence;
import io.corroborate.corroborate.Side;
import io.corroborate.corroborate.Variant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns judged pairs of observations into disagreements: observations linked by any judgement form one
 * slot; within a slot, values equal once normalised are one side, and sides that agree (or differ only
 * in form) merge; two or more sides with a disagreement between them make one conflict, however many
 * articles take each side.
 */
final class Disputes {
    /** What the grouping found, before ids are assigned. */
    record Found(List<Conflict> conflicts, List<Variant> variants, List<Long> conflictOrder, List<Long> variantOrder) {
    }

    private Disputes() {
    }

    /**
     * @param kind   the conflict kind
     * @param obs    the observations
     * @param edges  judgements between observations of different articles
     * @param index  the story (for evidence)
     * @param reason one line for a conflict, given the sides' values
     */
    static Found resolve(String kind, List<Observation> obs, List<Edge> edges, StoryIndex index,
                         Function<List<String>, String> reason, String variantReason) {
        return resolve(kind, obs, edges, index, reason, variantReason, true);
    }

    /**
     * @param mergeVariants whether values that differ only in form join one side; false where a variant is
     *                      not transitive (a person and an organisation are each compatible with the
     *                      organisation, not with each other)
     */
    static Found resolve(String kind, List<Observation> obs, List<Edge> edges, StoryIndex index,
                         Function<List<String>, String> reason, String variantReason, boolean mergeVariants) {
        int[] parent = new int[obs.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (Edge e : edges) union(parent, e.a(), e.b());
        Map<Integer, List<Integer>> components = new LinkedHashMap<>();
        for (int i = 0; i < obs.size(); i++) components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        Map<Long, Edge.Relation> rel = new java.util.HashMap<>();
        Map<Long, Double> strength = new java.util.HashMap<>();
        for (Edge e : edges) {
            long key = key(e.a(), e.b());
            Edge.Relation old = rel.get(key);
            // a disagreement outranks an agreement, an agreement outranks a variant
            if (old == null || rank(e.relation()) > rank(old)) rel.put(key, e.relation());
            strength.merge(key, e.strength(), Math::max);
        }

        List<Conflict> conflicts = new ArrayList<>();
        List<Long> conflictOrder = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        List<Long> variantOrder = new ArrayList<>();
        for (List<Integer> comp : components.values()) {
            if (comp.size() < 2) continue;
            // sides by normalised value, biggest (most articles) first
            Map<String, List<Integer>> byValue = new LinkedHashMap<>();
            for (int i : comp) byValue.computeIfAbsent(obs.get(i).normalized(), k -> new ArrayList<>()).add(i);
            List<List<Integer>> values = new ArrayList<>(byValue.values());
            values.sort(Comparator.comparingInt((List<Integer> v) -> -articles(obs, v).size())
                    .thenComparingLong(v -> first(obs, v)));
            List<List<Integer>> clusters = new ArrayList<>();
            for (List<Integer> v : values) {
                List<Integer> home = null;
                for (List<Integer> c : clusters) {
                    if (relations(rel, v, c).contains(Edge.Relation.CONFLICT)) continue;
                    Set<Edge.Relation> r = relations(rel, v, c);
                    if (r.contains(Edge.Relation.SAME) || mergeVariants && r.contains(Edge.Relation.VARIANT)) {
                        home = c;
                        break;
                    }
                }
                if (home == null) clusters.add(new ArrayList<>(v));
                else home.addAll(v);
            }
            // conflicts: clusters joined by a disagreement
            List<List<Integer>> disputed = new ArrayList<>();
            double conf = 0;
            for (int x = 0; x < clusters.size(); x++) {
                for (int y = 0; y < clusters.size(); y++) {
                    if (x == y) continue;
                    for (int i : clusters.get(x)) {
                        for (int j : clusters.get(y)) {
                            if (rel.get(key(i, j)) == Edge.Relation.CONFLICT) {
                                if (!disputed.contains(clusters.get(x))) disputed.add(clusters.get(x));
                                conf = Math.max(conf, strength.get(key(i, j)));
                            }
                        }
                    }
                }
            }
            if (disputed.size() >= 2) {
                disputed.sort(Comparator.comparingInt((List<Integer> c) -> -articles(obs, c).size())
                        .thenComparingLong(c -> first(obs, c)));
                List<Side> sides = disputed.stream().map(c -> side(obs, c, index)).toList();
                conflicts.add(new Conflict("", kind, slot(obs, disputed), sides, round(conf),
                        reason.apply(sides.stream().map(Side::value).toList())));
                conflictOrder.add(disputed.stream().mapToLong(c -> first(obs, c)).min().orElse(0));
            }
            // variants kept as separate sides (a person and the organisation she speaks for), when they
            // do not disagree
            if (!mergeVariants && disputed.size() < 2 && clusters.size() >= 2 && hasVariantEdge(rel, comp)) {
                variants.add(new Variant("", kind, slot(obs, clusters),
                        clusters.stream().map(g -> side(obs, g, index)).toList(), variantReason));
                variantOrder.add(clusters.stream().mapToLong(c -> first(obs, c)).min().orElse(0));
            }
            // variants: one cluster holding values written differently
            for (List<Integer> c : clusters) {
                Map<String, List<Integer>> forms = new LinkedHashMap<>();
                for (int i : c) forms.computeIfAbsent(obs.get(i).value().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(i);
                if (forms.size() < 2 || !hasVariantEdge(rel, c)) continue;
                List<List<Integer>> groups = new ArrayList<>(forms.values());
                variants.add(new Variant("", kind, slot(obs, List.of(c)),
                        groups.stream().map(g -> side(obs, g, index)).toList(), variantReason));
                variantOrder.add(first(obs, c));
            }
        }
        return new Found(conflicts, variants, conflictOrder, variantOrder);
    }

    private static boolean hasVariantEdge(Map<Long, Edge.Relation> rel, List<Integer> c) {
        for (int i : c) for (int j : c) if (i < j && rel.get(key(i, j)) == Edge.Relation.VARIANT) return true;
        return false;
    }

    private static Side side(List<Observation> obs, List<Integer> members, StoryIndex index) {
        List<Integer> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingInt((Integer i) -> obs.get(i).article())
                .thenComparingInt(i -> obs.get(i).highlight().start()));
        Set<String> ids = new LinkedHashSet<>();
        List<Evidence> ev = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        Map<String, Integer> written = new LinkedHashMap<>();
        for (int i : sorted) {
            Observation o = obs.get(i);
            ids.add(index.id(o.article()));
            if (seen.add(o.article() + ":" + o.highlight().start())) {
                ev.add(index.evidence(o.article(), o.sentence(), o.highlight()));
            }
            written.merge(o.value(), 1, Integer::sum);
        }
        String value = written.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return new Side(value, obs.get(sorted.get(0)).normalized(), new ArrayList<>(ids), ev);
    }

    private static String slot(List<Observation> obs, List<List<Integer>> clusters) {
        // the slot words of the observation seen by most articles; the earliest wins ties
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (List<Integer> c : clusters) for (int i : c) {
            String s = obs.get(i).slot();
            if (s != null && !s.isBlank()) votes.merge(s, 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    private static Set<Edge.Relation> relations(Map<Long, Edge.Relation> rel, List<Integer> a, List<Integer> b) {
        Set<Edge.Relation> out = java.util.EnumSet.noneOf(Edge.Relation.class);
        for (int i : a) for (int j : b) {
            Edge.Relation r = rel.get(key(i, j));
            if (r != null) out.add(r);
        }
        return out;
    }

    private static Set<Integer> articles(List<Observation> obs, List<Integer> members) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int i : members) out.add(obs.get(i).article());
        return out;
    }

    private static long first(List<Observation> obs, List<Integer> members) {
        long best = Long.MAX_VALUE;
        for (int i : members) best = Math.min(best, ((long) obs.get(i).article() << 32) + obs.get(i).highlight().start());
        return best;
    }

    private static int rank(Edge.Relation r) {
        return switch (r) {
            case VARIANT -> 0;
            case SAME -> 1;
            case CONFLICT -> 2;
        };
    }

    private static long key(int a, int b) {
        int x = Math.min(a, b), y = Math.max(a, b);
        return ((long) x << 32) | y;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int x = find(p, a), y = find(p, b);
        if (x != y) p[Math.max(x, y)] = Math.min(x, y);
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
