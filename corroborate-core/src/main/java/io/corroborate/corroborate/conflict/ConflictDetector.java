package io.corroborate.corroborate.conflict;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.corroborate.Claim;
import io.corroborate.corroborate.Conflict;
import io.corroborate.corroborate.Disagreements;
import io.corroborate.corroborate.QuoteGroup;
import io.corroborate.corroborate.Variant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds where the articles of one story disagree: the day of an event, a number for the same quantity,
 * the first name of one person, the speaker of one quote. Statements are aligned by their own content
 * words (sentence by sentence, so a claim grouping that is too coarse or too strict does not hide a
 * disagreement); values that agree once normalised are one side, and every disagreement is reported
 * once with all its sides. Harmless differences of form are returned apart, as variants.
 *
 * <p>Stateless and thread-safe. Conflict ids ("k1", ...) and variant ids ("v1", ...) follow the order
 * of kinds (date, number, name, speaker), then the position of the earliest evidence.
 */
public final class ConflictDetector {
    public Disagreements detect(List<AnnotatedArticle> articles, List<Claim> claims, List<QuoteGroup> quotes) {
        if (articles.size() < 2) return new Disagreements(List.of(), List.of());
        StoryIndex index = new StoryIndex(articles);
        List<Ranked<Conflict>> conflicts = new ArrayList<>();
        List<Ranked<Variant>> variants = new ArrayList<>();

        DateSlots dates = new DateSlots(index);
        add(0, Disputes.resolve("date", dates.obs, dates.edges, index,
                v -> "the articles date the same event to different days: " + String.join(" vs ", v),
                "the same day, written differently"), conflicts, variants);
        NumberSlots numbers = new NumberSlots(index);
        add(1, Disputes.resolve("number", numbers.obs, numbers.edges, index,
                v -> "different figures for the same quantity, beyond what rounding or qualifiers allow: "
                        + String.join(" vs ", v),
                "the same figure, rounded or qualified differently"), conflicts, variants);
        NameSlots names = new NameSlots(index);
        add(2, Disputes.resolve("name", names.obs, names.edges, index,
                v -> "one person, same surname and context, with different first names: " + String.join(" vs ", v),
                "spellings or short forms of one name"), conflicts, variants);
        SpeakerSlots speakers = new SpeakerSlots(index, quotes == null ? List.of() : quotes);
        add(3, Disputes.resolve("speaker", speakers.obs, speakers.edges, index,
                v -> "the same quote is credited to different people: " + String.join(" vs ", v),
                "the same quote credited to a person and to an organisation or document they speak for", false),
                conflicts, variants);

        Comparator<Ranked<?>> order = Comparator.<Ranked<?>>comparingInt(Ranked::kind).thenComparingLong(Ranked::position);
        conflicts.sort(order);
        variants.sort(order);
        List<Conflict> outC = new ArrayList<>();
        for (Ranked<Conflict> r : conflicts) {
            Conflict c = r.value();
            outC.add(new Conflict("k" + (outC.size() + 1), c.kind(), c.slot(), c.sides(), c.confidence(), c.reason()));
        }
        List<Variant> outV = new ArrayList<>();
        for (Ranked<Variant> r : variants) {
            Variant v = r.value();
            outV.add(new Variant("v" + (outV.size() + 1), v.kind(), v.slot(), v.sides(), v.reason()));
        }
        return new Disagreements(outC, outV);
    }

    private static void add(int kind, Disputes.Found f, List<Ranked<Conflict>> conflicts, List<Ranked<Variant>> variants) {
        for (int i = 0; i < f.conflicts().size(); i++) conflicts.add(new Ranked<>(kind, f.conflictOrder().get(i), f.conflicts().get(i)));
        for (int i = 0; i < f.variants().size(); i++) variants.add(new Ranked<>(kind, f.variantOrder().get(i), f.variants().get(i)));
    }

    private record Ranked<T>(int kind, long position, T value) {
    }
}
