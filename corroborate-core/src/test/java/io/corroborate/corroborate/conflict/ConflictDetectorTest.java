package io.corroborate.corroborate.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.annotate.AnnotatedArticle;
import io.corroborate.annotate.EntityType;
import io.corroborate.corroborate.Conflict;
import io.corroborate.corroborate.Disagreements;
import io.corroborate.corroborate.Side;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictDetectorTest {
    private static final LocalDate THU = LocalDate.of(2025, 3, 20);

    private static Disagreements detect(Doc... docs) {
        List<AnnotatedArticle> arts = java.util.Arrays.stream(docs).map(Doc::build).toList();
        return new ConflictDetector().detect(arts, List.of(), List.of());
    }

    private static List<Conflict> of(Disagreements d, String kind) {
        return d.conflicts().stream().filter(c -> c.kind().equals(kind)).toList();
    }

    private static Doc call(String id, String day) {
        String text = "The mayors of Lindqvist and Porthaven spoke by telephone on " + day
                + " about the ferry strike. Both towns depend on the crossing.";
        return new Doc(id, text).anchor(THU).timex(day, null);
    }

    @Test
    void threeTuesdaysAndOneWednesdayAreOneConflictWithTwoSides() {
        Disagreements d = detect(call("a", "Tuesday"), call("b", "Tuesday"), call("c", "Wednesday"), call("d", "Tuesday"));
        List<Conflict> dates = of(d, "date");
        assertEquals(1, dates.size(), d.conflicts().toString());
        Conflict c = dates.get(0);
        assertEquals("k1", c.id());
        assertEquals(2, c.sides().size());
        Side big = c.sides().get(0);
        assertEquals("Tuesday", big.value());
        assertEquals(List.of("a", "b", "d"), big.articles());
        assertEquals(List.of("c"), c.sides().get(1).articles());
        Side small = c.sides().get(1);
        var ev = small.evidence().get(0);
        assertEquals("Wednesday", ev.highlight() == null ? null
                : ev.text().substring(ev.highlight().start() - ev.sentence().start(), ev.highlight().end() - ev.sentence().start()));
        assertTrue(c.slot().startsWith("day of"), c.slot());
        assertTrue(c.confidence() > 0 && c.confidence() <= 1);
    }

    @Test
    void weekdayAgreesWithTheDateThatFallsOnIt() {
        LocalDate tue = LocalDate.of(2025, 3, 18);
        Doc a = new Doc("a", "The mayors of Lindqvist and Porthaven spoke by telephone on Tuesday about the ferry strike.")
                .anchor(THU).timex("Tuesday", tue);
        Doc b = new Doc("b", "The mayors of Lindqvist and Porthaven spoke by telephone on March 18 about the ferry strike.")
                .anchor(THU).timex("March 18", tue);
        assertEquals(List.of(), detect(a, b).conflicts());
        Doc c = new Doc("c", "The mayors of Lindqvist and Porthaven spoke by telephone on March 19 about the ferry strike.")
                .anchor(THU).timex("March 19", tue.plusDays(1));
        assertEquals(1, of(detect(a, c), "date").size());
    }

    @Test
    void weekdaysOfDifferentEventsAreNotCompared() {
        Doc a = new Doc("a", "The mayors of Lindqvist and Porthaven spoke by telephone on Tuesday about the ferry strike.");
        Doc b = new Doc("b", "Dock workers in Porthaven voted on Friday to extend their walkout into a third week.");
        assertEquals(List.of(), detect(a, b).conflicts());
    }

    private static Doc figure(String id, String number, double value, String unit, String qualifier) {
        String text = "Harbour officials said the strike had stranded " + number
                + " at the Porthaven terminal since the weekend.";
        return new Doc(id, text).quantity(number, value, unit, qualifier);
    }

    @Test
    void differentCountsOfTheSameThingConflict() {
        Disagreements d = detect(figure("a", "3,000 passengers", 3000, "passenger", null),
                figure("b", "3,900 passengers", 3900, "passenger", null));
        List<Conflict> numbers = of(d, "number");
        assertEquals(1, numbers.size());
        assertEquals(List.of("3,000 passengers", "3,900 passengers"),
                numbers.get(0).sides().stream().map(Side::value).sorted().toList());
    }

    @Test
    void compatibleFiguresAreNotConflicts() {
        assertEquals(List.of(), detect(figure("a", "about 2,000 passengers", 2000, "passenger", "about"),
                figure("b", "1,987 passengers", 1987, "passenger", null)).conflicts());
        assertEquals(List.of(), detect(figure("a", "more than two hours", 2, "hour", "more than"),
                figure("b", "2.5 hours", 2.5, "hour", null)).conflicts());
        Disagreements money = detect(figure("a", "$4.9 million", 4.9e6, "usd", null), figure("b", "$4.9m", 4.9e6, "usd", null));
        assertEquals(List.of(), money.conflicts());
        assertEquals(1, money.variants().size(), "a difference of form is a variant");
    }

    @Test
    void countsOfDifferentGroupsAreNotConflicts() {
        Doc a = new Doc("a", "Under the deal the two countries exchanged 175 prisoners on each side at the border crossing.")
                .quantity("175 prisoners", 175, "prisoner", null);
        Doc b = new Doc("b", "Separately, 23 severely wounded prisoners were handed over by the two countries at the border.")
                .quantity("23 severely wounded prisoners", 23, "prisoner", null);
        assertEquals(List.of(), detect(a, b).conflicts());
    }

    private static Doc briefing(String id, String name) {
        String surname = name.substring(name.indexOf(' ') + 1);
        return new Doc(id, "Press Secretary " + name + " told reporters the talks would resume next month. "
                + surname + " declined to say where.").person(name, "Press Secretary");
    }

    @Test
    void samePersonWithAnotherFirstNameConflicts() {
        Disagreements d = detect(briefing("a", "Karoline Leavitt"), briefing("b", "Katherine Leavitt"),
                briefing("c", "Karoline Leavitt"));
        List<Conflict> names = of(d, "name");
        assertEquals(1, names.size(), d.conflicts().toString());
        assertEquals(List.of("Karoline Leavitt", "Katherine Leavitt"), names.get(0).sides().stream().map(Side::value).toList());
        assertEquals(List.of("a", "c"), names.get(0).sides().get(0).articles());
    }

    @Test
    void spellingsOfOneNameAreVariants() {
        Disagreements d = detect(briefing("a", "Steven Leavitt"), briefing("b", "Stephen Leavitt"));
        assertEquals(List.of(), d.conflicts());
        assertEquals(1, d.variants().size());
        assertEquals("name", d.variants().get(0).kind());
    }

    @Test
    void relativesSharingASurnameAreNotConflicts() {
        Doc a = new Doc("a", "Marta Quell, the harbour master, said the ferry would stay docked. "
                + "Her husband Tomas Quell, a ferry captain, agreed the ferry would stay docked.")
                .person("Marta Quell", "harbour master").person("Tomas Quell", "ferry captain");
        Doc b = new Doc("b", "Tomas Quell said the ferry would stay docked until the strike ends.")
                .person("Tomas Quell", null);
        Doc c = new Doc("c", "Marta Quell said the ferry would stay docked until the strike ends.")
                .person("Marta Quell", null);
        assertEquals(List.of(), of(detect(a, b, c), "name"));
    }

    private static Doc quoted(String id, String speaker, EntityType type) {
        String q = "We will not let the crossing close for another week";
        return new Doc(id, "\u201c" + q + ",\u201d " + speaker + " said on the quay.").quote(q, speaker, speaker, type);
    }

    @Test
    void oneQuoteCreditedToTwoPeopleConflicts() {
        Disagreements d = detect(quoted("a", "Marta Quell", EntityType.PERSON), quoted("b", "Ivo Brandt", EntityType.PERSON),
                quoted("c", "Quell", EntityType.PERSON));
        List<Conflict> speakers = of(d, "speaker");
        assertEquals(1, speakers.size(), d.conflicts().toString());
        assertEquals(2, speakers.get(0).sides().size());
        assertEquals(List.of("a", "c"), speakers.get(0).sides().get(0).articles());
    }

    @Test
    void aPersonAndTheOrganisationSheSpeaksForAreAVariant() {
        Disagreements d = detect(quoted("a", "Marta Quell", EntityType.PERSON),
                quoted("b", "the harbour authority", EntityType.ORGANIZATION));
        assertEquals(List.of(), d.conflicts());
        assertEquals(1, d.variants().size());
        assertEquals("speaker", d.variants().get(0).kind());
    }

    @Test
    void trimmedQuoteIsStillTheSameQuote() {
        String full = "We will not let the crossing close for another week";
        Doc a = quoted("a", "Marta Quell", EntityType.PERSON);
        String trimmed = "not let the crossing close for another week";
        Doc b = new Doc("b", "Brandt said they would \u201c" + trimmed + ".\u201d").quote(trimmed, "Brandt", "Ivo Brandt", EntityType.PERSON);
        assertEquals(1, of(detect(a, b), "speaker").size());
        assertTrue(full.endsWith(trimmed));
    }

    @Test
    void outputIsDeterministic() {
        Doc[] docs = {call("a", "Tuesday"), call("b", "Wednesday"), figure("c", "3,000 passengers", 3000, "passenger", null),
                figure("d", "3,900 passengers", 3900, "passenger", null)};
        assertEquals(detect(docs), detect(docs));
    }

    @Test
    void figuresFarApartCountDifferentThings() {
        assertEquals(List.of(), detect(figure("a", "300 passengers", 300, "passenger", null),
                figure("b", "3,900 passengers", 3900, "passenger", null)).conflicts());
    }

    @Test
    void reportedSpeechIsNotAQuoteCredit() {
        String q = "the crossing would not close for another week";
        Doc a = new Doc("a", "Marta Quell said that " + q + ".");
        Doc b = new Doc("b", "Ivo Brandt said that " + q + ".");
        var qa = new io.corroborate.annotate.Quote(new io.corroborate.text.Span(22, 22 + q.length()), List.of(), q,
                io.corroborate.annotate.QuoteKind.INDIRECT, new io.corroborate.annotate.Quote.Speaker(
                new io.corroborate.text.Span(0, 11), "Marta Quell", null, "Marta Quell", EntityType.PERSON), null, false);
        var qb = new io.corroborate.annotate.Quote(new io.corroborate.text.Span(21, 21 + q.length()), List.of(), q,
                io.corroborate.annotate.QuoteKind.INDIRECT, new io.corroborate.annotate.Quote.Speaker(
                new io.corroborate.text.Span(0, 10), "Ivo Brandt", null, "Ivo Brandt", EntityType.PERSON), null, false);
        List<AnnotatedArticle> arts = List.of(withQuote(a.build(), qa), withQuote(b.build(), qb));
        assertEquals(List.of(), new ConflictDetector().detect(arts, List.of(), List.of()).conflicts());
    }

    private static AnnotatedArticle withQuote(AnnotatedArticle a, io.corroborate.annotate.Quote q) {
        return new AnnotatedArticle(a.article(), a.anchor(), a.sentences(), a.tokens(), a.mentions(), a.timexes(),
                a.quantities(), List.of(q));
    }

    @Test
    void nicknamesAreVariantsNotConflicts() {
        Disagreements d = detect(briefing("a", "William Leavitt"), briefing("b", "Bill Leavitt"));
        assertEquals(List.of(), d.conflicts());
    }

    @Test
    void fewerThanTwoArticlesHaveNoConflicts() {
        assertEquals(List.of(), detect(call("a", "Tuesday")).conflicts());
        assertEquals(List.of(), new ConflictDetector().detect(List.of(), List.of(), List.of()).conflicts());
    }
}
