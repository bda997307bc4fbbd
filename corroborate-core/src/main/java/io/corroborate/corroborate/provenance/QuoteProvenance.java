package io.corroborate.corroborate.provenance;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Quote;
import io.corroborate.annotate.QuoteKind;
import io.corroborate.corroborate.QuoteCopy;
import io.corroborate.corroborate.QuoteGroup;
import io.corroborate.corroborate.claim.ArticleOrder;
import io.corroborate.text.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups the same quote across articles and says how each article carries it.
 *
 * <p>Only direct and partial quotes take part, and of them only the words inside quotation marks (a partial
 * quote's reported clause around its quoted fragment is not the quote); a copy's span runs from its first
 * quoted word to its last. Quotes are compared as word sequences, ignoring case, punctuation and quote-mark
 * style. Longest first, each quote joins the group whose fullest copy shares
 * enough of its word pairs ({@link Settings#join()}), else it starts a group; the fullest copy is the
 * group's text. Each copy is then "verbatim" (the same words), "trimmed" (a contiguous run of the fullest
 * copy) or "altered" (with the differing words listed). Groups are ordered by number of articles, then by
 * their first appearance in story order; ids q1, q2, ... Stateless and thread-safe.
 */
public final class QuoteProvenance {
    /**
     * @param minWords quotes with fewer words are not grouped (scare quotes such as "lasting peace")
     * @param join     minimum share of the shorter quote's word pairs found in the fullest copy
     */
    public record Settings(int minWords, double join) {
        public static final Settings DEFAULTS = new Settings(3, 0.5);
    }

    public static final String VERBATIM = "verbatim";
    public static final String TRIMMED = "trimmed";
    public static final String ALTERED = "altered";

    private final Settings settings;

    public QuoteProvenance() {
        this(Settings.DEFAULTS);
    }

    public QuoteProvenance(Settings settings) {
        this.settings = settings;
    }

    /** One article's quote with its words. */
    private record Item(int rank, int order, AnnotatedArticle article, Quote quote, QuoteWords words) {
    }

    public List<QuoteGroup> group(List<AnnotatedArticle> articles) {
        int[] rank = ArticleOrder.ranks(articles);
        List<Item> items = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            AnnotatedArticle art = articles.get(a);
            BitSet inside = QuoteMarks.inside(art.text());
            List<Item> own = new ArrayList<>();
            for (Quote q : art.quotes()) {
                if (q.kind() == QuoteKind.INDIRECT) continue;
                QuoteWords w = QuoteWords.of(art.text(), q.parts(), inside);
                if (w.size() < settings.minWords()) continue;
                Item it = new Item(rank[a], items.size() + own.size(), art, q, w);
                // an extractor may report one quotation twice (once per cue): keep the fuller reading
                Item clash = own.stream().filter(o -> o.words().covered().overlaps(w.covered())).findFirst().orElse(null);
                if (clash == null) own.add(it);
                else if (better(it, clash)) own.set(own.indexOf(clash), it);
            }
            items.addAll(own);
        }
        // longest first, so a group's first member is its fullest copy; ties in story order
        List<Item> byLength = new ArrayList<>(items);
        byLength.sort(Comparator.comparingInt((Item i) -> -i.words().size())
                .thenComparingInt(Item::rank).thenComparingInt(Item::order));
        List<List<Item>> groups = new ArrayList<>();
        for (Item it : byLength) {
            List<Item> best = null;
            double bestShare = settings.join();
            for (List<Item> g : groups) {
                double share = g.get(0).words().pairShare(it.words());
                if (share >= bestShare && (best == null || share > bestShare)) {
                    best = g;
                    bestShare = share;
                }
            }
            if (best == null) groups.add(new ArrayList<>(List.of(it)));
            else best.add(it);
        }
        List<Built> built = new ArrayList<>();
        for (List<Item> g : groups) built.add(build(g));
        built.sort(Comparator.comparingInt((Built b) -> -b.group.articles().size())
                .thenComparingInt(b -> b.firstRank).thenComparingInt(b -> b.firstOffset));
        List<QuoteGroup> out = new ArrayList<>();
        for (Built b : built) {
            QuoteGroup g = b.group;
            out.add(new QuoteGroup("q" + (out.size() + 1), g.text(), g.copies(), g.speakers(), g.articles(), g.earliest()));
        }
        return out;
    }

    /** Of two readings of one quotation: more words wins, then a named person as speaker. */
    private static boolean better(Item a, Item b) {
        if (a.words().size() != b.words().size()) return a.words().size() > b.words().size();
        return isPerson(a.quote()) && !isPerson(b.quote());
    }

    private static boolean isPerson(Quote q) {
        return q.speaker() != null && q.speaker().type() == EntityType.PERSON;
    }

    private record Built(QuoteGroup group, int firstRank, int firstOffset) {
    }

    private static Built build(List<Item> group) {
        Item full = group.get(0);
        List<Item> members = new ArrayList<>(group);
        members.sort(Comparator.comparingInt(Item::rank).thenComparingInt(i -> i.words().covered().start()));
        List<QuoteCopy> copies = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        Map<String, String> speakers = new LinkedHashMap<>();
        for (Item it : members) {
            Quote q = it.quote();
            QuoteWords.Diff diff = full.words().diff(it.words());
            String speaker = q.speaker() == null ? null : q.speaker().text();
            String canonical = q.speaker() == null ? null : q.speaker().canonical();
            Span covered = it.words().covered();
            copies.add(new QuoteCopy(it.article().id(), covered, covered.of(it.article().text()), diff.form(), diff.changed(), speaker,
                    canonical, speaker != null && q.floating(), q.cue() == null ? null : q.cue().text()));
            if (!articles.contains(it.article().id())) articles.add(it.article().id());
            String name = canonical != null && !canonical.isBlank() ? canonical : speaker;
            if (name != null && !name.isBlank()) speakers.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        Item first = members.get(0);
        QuoteGroup g = new QuoteGroup("", full.words().covered().of(full.article().text()), copies, List.copyOf(speakers.values()), articles,
                first.article().id());
        return new Built(g, first.rank(), first.words().covered().start());
    }
}
