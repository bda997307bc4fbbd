package io.corroborate.corroborate.conflict;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Quote;
import io.corroborate.annotate.QuoteKind;
import io.corroborate.corroborate.QuoteCopy;
import io.corroborate.corroborate.QuoteGroup;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One quote credited to different speakers. Two copies are one quote when the quote provenance grouped
 * them or when they share a run of words (a trimmed copy is a run of the full one). Different people
 * are a conflict; a person and an organisation or document (the White House and its spokesperson
 * reading its statement, "the readout") are a variant, since they can be the same source.
 */
final class SpeakerSlots {
    /** Words two copies must share in one run to be the same quote (shorter quotes: all their words). */
    static final int MIN_RUN = 6;
    /** Shortest quote compared, in words. */
    static final int MIN_WORDS = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her",
            "them", "who", "this", "that", "one");

    /** @param person a person the text names, or a pronoun resolved to one; @param named named in the attribution */
    private record Credit(int article, Quote quote, List<String> words, String group, boolean person, boolean named,
                          String key) {
    }

    private final StoryIndex index;
    final List<Observation> obs = new ArrayList<>();
    private final List<Credit> credits = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();

    SpeakerSlots(StoryIndex index, List<QuoteGroup> groups) {
        this.index = index;
        collect(groups);
        judge();
    }

    private void collect(List<QuoteGroup> groups) {
        Map<String, List<QuoteCopy>> copies = new HashMap<>();
        Map<QuoteCopy, String> groupOf = new HashMap<>();
        for (QuoteGroup g : groups) {
            for (QuoteCopy c : g.copies()) {
                copies.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
                groupOf.put(c, g.id());
            }
        }
        for (int a = 0; a < index.articles.size(); a++) {
            AnnotatedArticle art = index.articles.get(a);
            for (Quote q : art.quotes()) {
                Quote.Speaker sp = q.speaker();
                // reported speech is a paraphrase: who "indicated" or "said that" is not a quote's credit
                if (sp == null || q.kind() == QuoteKind.INDIRECT) continue;
                String name = sp.canonical() != null && !sp.canonical().isBlank() ? sp.canonical() : sp.text();
                if (name == null || name.isBlank() || PRONOUNS.contains(name.trim().toLowerCase(Locale.ROOT))) continue;
                List<String> words = words(art.text(), q);
                if (words.size() < MIN_WORDS) continue;
                String group = null;
                for (QuoteCopy c : copies.getOrDefault(art.id(), List.of())) {
                    if (c.span() != null && c.span().overlaps(q.span())) group = groupOf.get(c);
                }
                // a descriptor ("the lawyer", "officials") may be the named person: only names can conflict
                boolean named = sp.type() == EntityType.PERSON && isName(sp.text());
                // "he"/"she" resolved to a name can stand for that person; "it", "they" cannot
                boolean personal = named || Set.of("he", "she", "him", "her").contains(sp.text().trim().toLowerCase(Locale.ROOT));
                boolean person = sp.type() == EntityType.PERSON && personal && (named || PersonName.of(name) != null);
                String key = person ? PersonName.surnameOf(name) : name.trim().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
                Span hl = sp.span();
                int hs = hl == null ? -1 : art.sentenceIndexAt(hl.start());
                if (hl == null || hs < 0) continue;
                // the evidence is the sentence of the attribution, which holds the quote's start or its end
                obs.add(new Observation(a, hs, hl, name.trim(), key,
                        "speaker of \u201c" + opening(words) + "\u201d"));
                credits.add(new Credit(a, q, words, group, person, named, key));
            }
        }
    }

    /** A proper name: capitalised words, not a descriptor opening with an article or a pronoun. */
    private static boolean isName(String text) {
        if (text == null || text.isBlank()) return false;
        String t = text.trim();
        if (!Character.isUpperCase(t.charAt(0))) return false;
        String first = t.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return !Set.of("the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those")
                .contains(first);
    }

    private static List<String> words(String text, Quote q) {
        List<String> out = new ArrayList<>();
        for (Span p : q.parts()) {
            Matcher m = WORD.matcher(text).region(p.start(), Math.min(p.end(), text.length()));
            while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }

    private static String opening(List<String> words) {
        return String.join(" ", words.subList(0, Math.min(8, words.size()))) + (words.size() > 8 ? " \u2026" : "");
    }

    private void judge() {
        for (int i = 0; i < credits.size(); i++) {
            for (int j = i + 1; j < credits.size(); j++) {
                Credit x = credits.get(i), y = credits.get(j);
                if (x.article() == y.article() || !sameQuote(x, y)) continue;
                double strength = x.quote().floating() || y.quote().floating() ? 0.6 : x.named() && y.named() ? 0.85 : 0.7;
                if (x.key().equals(y.key())) {
                    edges.add(new Edge(i, j, obs.get(i).value().equalsIgnoreCase(obs.get(j).value())
                            ? Edge.Relation.SAME : Edge.Relation.VARIANT, strength));
                } else if (!x.person() || !y.person() || !(x.named() || y.named())
                        || x.quote().floating() || y.quote().floating()) {
                    // a speaker inferred from earlier context, an organisation or a descriptor may be the
                    // same source: at most a variant
                    edges.add(new Edge(i, j, Edge.Relation.VARIANT, strength));
                } else {
                    PersonName a = PersonName.of(obs.get(i).value()), b = PersonName.of(obs.get(j).value());
                    if (x.words().contains(y.key()) || y.words().contains(x.key())) {
                        continue; // a speaker named inside the quote itself: an attribution slip, not a claim
                    }
                    if (a != null && b != null && a.compare(b) != PersonName.Match.DIFFERENT) {
                        edges.add(new Edge(i, j, Edge.Relation.VARIANT, strength));
                    } else {
                        edges.add(new Edge(i, j, Edge.Relation.CONFLICT, strength));
                    }
                }
            }
        }
    }

    private static boolean sameQuote(Credit x, Credit y) {
        int need = Math.min(MIN_RUN, Math.min(x.words().size(), y.words().size()));
        // copies the provenance stage grouped (altered ones too) still share some words in a row
        if (x.group() != null && x.group().equals(y.group())) need = Math.min(need, MIN_WORDS);
        return sharesRun(x.words(), y.words(), need);
    }

    /**
     * Whether the lists share a run of at least {@code k} words in a row. Linear in their lengths (a set of
     * k-word windows), since every pair of quote copies in a story is tested.
     */
    static boolean sharesRun(List<String> a, List<String> b, int k) {
        if (k <= 0) return true;
        if (a.size() < k || b.size() < k) return false;
        Set<List<String>> windows = new HashSet<>();
        for (int i = 0; i + k <= a.size(); i++) windows.add(a.subList(i, i + k));
        for (int j = 0; j + k <= b.size(); j++) {
            if (windows.contains(b.subList(j, j + k))) return true;
        }
        return false;
    }
}
