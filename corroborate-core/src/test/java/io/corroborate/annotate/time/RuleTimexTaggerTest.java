package io.corroborate.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.annotate.Annotator;
import io.corroborate.annotate.Timex;
import io.corroborate.annotate.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTimexTaggerTest {
    private static final Annotator A = Annotator.standard();
    private final RuleTimexTagger tagger = new RuleTimexTagger();

    private List<Timex> tag(String text, String anchor) {
        return tagger.tag(A.parse(text), anchor == null ? null : LocalDate.parse(anchor));
    }

    private Timex only(String text, String anchor, String expression) {
        return tag(text, anchor).stream().filter(t -> t.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("no timex '" + expression + "' in " + tag(text, anchor)));
    }

    private String value(String text, String anchor, String expression) {
        return only(text, anchor, expression).value();
    }

    @Test
    void weekdayInPastTenseIsTheLatestOneOnOrBeforeTheAnchor() {
        String text = "The two ministers spoke by phone on Tuesday and agreed to meet again.";
        assertEquals("2025-03-18", value(text, "2025-03-19", "Tuesday"));
        assertEquals(LocalDate.of(2025, 3, 18), only(text, "2025-03-19", "Tuesday").date());
        // on the day itself the same day is meant
        assertEquals("2025-03-18", value(text, "2025-03-18", "Tuesday"));
    }

    @Test
    void weekdayPossessiveAndFutureTense() {
        assertEquals("2025-03-19", value("Wednesday's phone call lasted an hour.", "2025-03-20", "Wednesday"));
        assertEquals("2025-03-25", value("The delegations will meet on Tuesday in Riyadh.", "2025-03-20", "Tuesday"));
        assertEquals("2025-03-25", value("Officials said talks are set to resume next Tuesday.", "2025-03-18", "next Tuesday"));
        assertEquals("2025-03-11", value("Officials met last Tuesday.", "2025-03-18", "last Tuesday"));
    }

    @Test
    void weekdaysAcrossMonthAndYearBoundaries() {
        // anchor Wednesday 2025-01-01: "Monday" (past) is 2024-12-30, "Friday" (future) is 2025-01-03
        assertEquals("2024-12-30", value("The agency announced the cuts on Monday.", "2025-01-01", "Monday"));
        assertEquals("2025-01-03", value("The agency will announce the cuts on Friday.", "2025-01-01", "Friday"));
        // anchor Saturday 2025-03-01: Thursday was 2025-02-27
        assertEquals("2025-02-27", value("Prices fell sharply on Thursday.", "2025-03-01", "Thursday"));
    }

    @Test
    void relativeDaysWeeksMonthsAcrossBoundaries() {
        String text = "Yesterday the board met; last week it delayed the vote, and earlier this month it hired a chief. "
                + "Last month sales rose, last year they fell, and next year they may recover. Tomorrow it decides.";
        assertEquals("2024-12-31", value(text, "2025-01-01", "Yesterday"));
        assertEquals("2024-W52", value(text, "2025-01-01", "last week"));
        assertEquals("2025-01", value(text, "2025-01-01", "earlier this month"));
        assertEquals("2024-12", value(text, "2025-01-01", "Last month"));
        assertEquals("2024", value(text, "2025-01-01", "last year"));
        assertEquals("2026", value(text, "2025-01-01", "next year"));
        assertEquals("2025-01-02", value(text, "2025-01-01", "Tomorrow"));
        assertEquals("2025-W11", value("Kyiv agreed to the proposal last week.", "2025-03-19", "last week"));
    }

    @Test
    void monthDayDatesWithAndWithoutYear() {
        assertEquals("2025-03-18", value("The call took place on Tuesday, Mar. 18, 2025, officials said.", null,
                "Tuesday, Mar. 18, 2025"));
        assertEquals("2025-03-18", value("The call took place on March 18.", "2025-03-19", "March 18"));
        assertEquals("2025-03-18", value("It was signed on 18 March in Geneva.", "2025-03-19", "18 March"));
        // a December date seen from January belongs to the year before
        assertEquals("2024-12-11", value("The plane first flew on December 11.", "2025-01-25", "December 11"));
        assertEquals("2025-06-17", value("The phone will be available on June 17.", "2025-06-09", "June 17"));
        assertEquals("XXXX-03-18", value("The call took place on March 18.", null, "March 18"));
    }

    @Test
    void monthsYearsDecadesQuartersAndSeasons() {
        String text = "In March the firm, founded in 1998 and famous in the 1980s, posted its first-quarter "
                + "results; the third quarter of 2024 was weak, as was the autumn of 2023.";
        assertEquals("2025-03", value(text, "2025-04-02", "March"));
        assertEquals("1998", value(text, "2025-04-02", "1998"));
        assertEquals("198", value(text, "2025-04-02", "the 1980s"));
        assertEquals("2025-Q1", value(text, "2025-04-02", "first-quarter"));
        assertEquals("2024-Q3", value(text, "2025-04-02", "the third quarter of 2024"));
        assertEquals("2023-FA", value(text, "2025-04-02", "the autumn of 2023"));
        assertEquals("2024-10", value("Sales collapsed in October.", "2025-01-10", "October"));
    }

    @Test
    void durationsWithQualifiersAndSpelledNumbers() {
        Timex d = only("They spoke for more than two hours.", "2025-03-19", "more than two hours");
        assertEquals(TimexType.DURATION, d.type());
        assertEquals("PT2H", d.value());
        assertEquals("PT2.5H", value("It was a 2.5 hour phone conversation.", null, "2.5 hour"));
        assertEquals("P30D", value("Strikes stop for 30 days.", null, "30 days"));
        assertEquals("P27Y", value("They signed a 27-year contract.", null, "27-year"));
        assertEquals("P6M", value("It will happen within the next six months.", null, "the next six months"));
    }

    @Test
    void presentReferencesTimesAndSets() {
        assertEquals("PRESENT_REF", value("The store currently sells music.", "2025-03-19", "currently"));
        assertEquals("PRESENT_REF", value("That process is now in full force.", "2025-03-19", "now"));
        assertEquals("2025-03-19T15:00", value("The vote is at 3 p.m. today.", "2025-03-19", "3 p.m. today"));
        assertEquals("2009-06-01T16:15Z", value("They spoke at 16:15 UTC, June 1, 2009.", "2009-06-04", "16:15 UTC"));
        Timex set = only("The committee meets every week.", null, "every week");
        assertEquals(TimexType.SET, set.type());
        assertEquals("P1W", set.value());
    }

    @Test
    void countedOffsetsFromTheAnchor() {
        assertEquals("2024", value("Profit rose 5% from a year earlier.", "2025-01-28", "a year earlier"));
        assertEquals("2024-12-29", value("The strike began three days ago.", "2025-01-01", "three days ago"));
        assertEquals("2024-Q4", value("Sales rose in the fourth quarter.", "2025-01-28", "the fourth quarter"));
        assertEquals("2024-W52", value("Talks resumed last week.", "2025-01-01", "last week"));
        assertEquals("2025-W01", value("Talks resume next week.", "2024-12-28", "next week"));
    }

    @Test
    void theSameDayRefersToTheLastDayNamed() {
        String text = "Shares rose on Friday. Figures released the same day showed more jobs.";
        assertEquals("2025-03-14", value(text, "2025-03-17", "the same day"));
    }

    @Test
    void nullAnchorLeavesRelativeExpressionsUnresolved() {
        List<Timex> ts = tag("Yesterday, on Tuesday, the talks ended.", null);
        Timex y = ts.stream().filter(t -> t.text().equals("Yesterday")).findFirst().orElseThrow();
        assertNull(y.value());
        assertNull(y.date());
        assertEquals("XXXX-WXX-2", value("Yesterday, on Tuesday, the talks ended.", null, "Tuesday"));
    }

    @Test
    void verbsAndNamesAreNotDates() {
        List<Timex> ts = tag("Theresa May said she may march with 2000 people.", "2025-03-19");
        assertTrue(ts.isEmpty(), ts.toString());
    }

    @Test
    void spansIndexTheText() {
        String text = "Talks began Monday.\nThey resume on 2 April 2025 at 10:00 GMT.";
        for (Timex t : tag(text, "2025-03-19")) {
            assertEquals(t.text(), t.span().of(text));
            assertNotNull(t.type());
        }
    }
}
