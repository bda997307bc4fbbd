package io.corroborate.annotate.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.annotate.Annotator;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Mention;
import io.corroborate.annotate.MentionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleMentionTaggerTest {
    private static final RuleMentionTagger TAGGER = new RuleMentionTagger();

    private static List<Mention> tag(String text) {
        List<Mention> ms = TAGGER.tag(Annotator.standard().parse(text));
        for (Mention m : ms) {
            assertEquals(m.text(), m.span().of(text), "span text");
            if (m.roleSpan() != null) assertEquals(m.role(), m.roleSpan().of(text), "role span text");
        }
        for (int i = 1; i < ms.size(); i++) assertTrue(ms.get(i - 1).span().compareTo(ms.get(i).span()) <= 0, "sorted");
        return ms;
    }

    private static Mention find(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + ms));
    }

    private static final String CALL = "Press Secretary Karoline Leavitt said US President Donald Trump spoke with "
            + "Russian President Vladimir Putin for ninety minutes on Tuesday. The Kremlin said Putin had agreed to "
            + "stop strikes on power plants. Leavitt told reporters at the White House that the Russian president "
            + "wanted a lasting deal. She said Trump would next call Ukrainian President Volodymyr Zelensky. "
            + "Sen. Chuck Schumer said the talks proved little. Moscow and Washington will send teams to Jeddah, "
            + "and the Ukrainian side will be briefed.";

    @Test
    void titlesBecomeRolesAndNamesKeepTheirOwnSpan() {
        List<Mention> ms = tag(CALL);
        Mention leavitt = find(ms, "Karoline Leavitt");
        assertEquals(EntityType.PERSON, leavitt.type());
        assertEquals("Press Secretary", leavitt.role());
        Mention trump = find(ms, "Donald Trump");
        assertEquals(EntityType.PERSON, trump.type());
        assertEquals("US President", trump.role());
        assertEquals(EntityType.LOCATION, find(ms, "US").type());
        assertEquals("Russian President", find(ms, "Vladimir Putin").role());
        assertEquals("Ukrainian President", find(ms, "Volodymyr Zelensky").role());
        Mention schumer = find(ms, "Chuck Schumer");
        assertEquals(EntityType.PERSON, schumer.type());
        assertEquals("Sen.", schumer.role());
    }

    @Test
    void organisationsAndPlaces() {
        List<Mention> ms = tag(CALL);
        assertEquals(EntityType.ORGANIZATION, find(ms, "Kremlin").type());
        assertEquals(EntityType.ORGANIZATION, find(ms, "White House").type());
        Mention moscow = find(ms, "Moscow"), washington = find(ms, "Washington");
        assertEquals(EntityType.LOCATION, moscow.type());
        assertEquals(EntityType.LOCATION, washington.type());
        assertFalse(moscow.entity().equals(washington.entity()));
    }

    @Test
    void surnamesDescriptionsAndPronounsJoinTheFullName() {
        List<Mention> ms = tag(CALL);
        Mention putin = find(ms, "Vladimir Putin");
        Mention shortPutin = ms.stream().filter(m -> m.text().equals("Putin") && m.kind() == MentionKind.NAME)
                .findFirst().orElseThrow();
        assertEquals(putin.entity(), shortPutin.entity());
        assertEquals("Vladimir Putin", shortPutin.canonical());
        Mention president = find(ms, "the Russian president");
        assertEquals(MentionKind.NOMINAL, president.kind());
        assertEquals(putin.entity(), president.entity());
        Mention she = find(ms, "She");
        assertEquals(MentionKind.PRONOUN, she.kind());
        assertEquals(find(ms, "Karoline Leavitt").entity(), she.entity());
        assertEquals("Karoline Leavitt", find(ms, "Leavitt").canonical());
        assertEquals(find(ms, "Donald Trump").entity(), find(ms, "Trump").entity());
    }

    @Test
    void theUkrainianSideIsUkraine() {
        List<Mention> ms = tag(CALL);
        Mention side = find(ms, "the Ukrainian side");
        assertEquals(MentionKind.NOMINAL, side.kind());
        assertEquals(find(ms, "Ukrainian").entity(), side.entity());
        assertEquals("Ukraine", side.canonical());
    }

    @Test
    void companiesSuffixesAcronymsAndDescriptions() {
        String text = "Harbour Robotics Inc. said on Monday that sales rose. The company expects more orders, "
                + "chief executive Mara Quill told analysts. Shares of General Motors fell after GM cut its forecast. "
                + "Harbour Robotics will open a plant in Ohio.";
        List<Mention> ms = tag(text);
        Mention inc = find(ms, "Harbour Robotics Inc.");
        assertEquals(EntityType.ORGANIZATION, inc.type());
        assertEquals(inc.entity(), find(ms, "Harbour Robotics").entity());
        assertEquals(inc.entity(), find(ms, "The company").entity());
        Mention quill = find(ms, "Mara Quill");
        assertEquals(EntityType.PERSON, quill.type());
        assertEquals("chief executive", quill.role());
        assertEquals(find(ms, "General Motors").entity(), find(ms, "GM").entity());
        assertEquals(EntityType.ORGANIZATION, find(ms, "GM").type());
        assertEquals(EntityType.LOCATION, find(ms, "Ohio").type());
        assertEquals(find(ms, "GM").entity(), find(ms, "its").entity());
    }

    @Test
    void sentenceInitialWordsWeekdaysAndEventsAreNotNames() {
        String text = "Analysts expect a slower quarter. However, Tuesday brought relief at the Lisbon Trade Fair. "
                + "Engine makers said nothing.";
        List<Mention> ms = tag(text);
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("Analysts") || m.text().contains("However")
                || m.text().contains("Tuesday") || m.text().contains("Engine") || m.text().contains("Fair")), ms.toString());
    }

    @Test
    void appositionGivesARoleAndHonorificsAGender() {
        String text = "Tomas Vell, the finance minister, said the budget was ready. Mrs. Ilse Brandt disagreed. "
                + "He said she was wrong.";
        List<Mention> ms = tag(text);
        Mention vell = find(ms, "Tomas Vell");
        assertEquals("the finance minister", vell.role());
        Mention brandt = find(ms, "Ilse Brandt");
        assertEquals("Mrs.", brandt.role());
        assertEquals(vell.entity(), find(ms, "He").entity());
        assertEquals(brandt.entity(), find(ms, "she").entity());
    }

    @Test
    void twoPeopleWithOneSurnameStayApartAndTheLatestMentionedWinsTheSurname() {
        String text = "Former Governor Alan Brisk spoke in Dayton for his wife, Senator Ruth Brisk. "
                + "The former governor said costs were rising. Brisk said the plan had failed. "
                + "Ruth Brisk did not comment, and Alan Brisk left.";
        List<Mention> ms = tag(text);
        Mention alan = find(ms, "Alan Brisk"), ruth = find(ms, "Ruth Brisk");
        assertFalse(alan.entity().equals(ruth.entity()));
        assertEquals(alan.entity(), find(ms, "The former governor").entity());
        assertEquals(alan.entity(), find(ms, "Brisk").entity());
        Mention secondAlan = ms.stream().filter(m -> m.text().equals("Alan Brisk")).reduce((a, b) -> b).orElseThrow();
        assertEquals(alan.entity(), secondAlan.entity());
        Mention secondRuth = ms.stream().filter(m -> m.text().equals("Ruth Brisk")).reduce((a, b) -> b).orElseThrow();
        assertEquals(ruth.entity(), secondRuth.entity());
    }

    @Test
    void transcriptLabelsContractionsAndDatelines() {
        String text = "DAYTON, Ohio (Wire) - Host Dana Whitlow asked Mayor Ben Okafor about the levy.\n\n"
                + "WHITLOW: Won't taxes rise?\n\nOKAFOR: They won't.";
        List<Mention> ms = tag(text);
        assertEquals(find(ms, "Dana Whitlow").entity(), find(ms, "WHITLOW").entity());
        assertEquals(EntityType.PERSON, find(ms, "OKAFOR").type());
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Won")), ms.toString());
        assertEquals(EntityType.LOCATION, find(ms, "Ohio").type());
    }

    @Test
    void aCountryWrittenAsAModifierIsItsOwnPlace() {
        List<Mention> ms = tag("The US Air Force and the UK RAF ordered tankers, while US Airways and Air France flew on.");
        assertEquals(EntityType.LOCATION, find(ms, "US").type());
        assertEquals(EntityType.ORGANIZATION, find(ms, "Air Force").type());
        assertEquals(EntityType.LOCATION, find(ms, "UK").type());
        assertEquals(EntityType.ORGANIZATION, find(ms, "RAF").type());
        assertEquals(EntityType.ORGANIZATION, find(ms, "US Airways").type());
        assertEquals(EntityType.ORGANIZATION, find(ms, "Air France").type());
    }

    @Test
    void demonymsArePlaceMentionsOfTheirCountry() {
        List<Mention> ms = tag("Japanese exporters gained while Japan's central bank waited.");
        Mention japanese = find(ms, "Japanese");
        assertEquals(EntityType.LOCATION, japanese.type());
        assertEquals(japanese.entity(), find(ms, "Japan").entity());
        assertEquals("Japan", japanese.canonical());
    }

    @Test
    void stockIndicesAndProductsAreOther() {
        List<Mention> ms = tag("The Dow Jones Industrial Average rose while the FTSE 100 fell and the Nikkei index slipped.");
        assertEquals(EntityType.OTHER, find(ms, "Dow Jones Industrial Average").type());
        assertEquals(EntityType.OTHER, find(ms, "FTSE 100").type());
        assertEquals(EntityType.OTHER, find(ms, "Nikkei").type());
    }

    @Test
    void emptyAndOddInputGiveNoMentionsAndNoErrors() {
        assertTrue(tag("").isEmpty());
        assertTrue(tag("   \n\n ").isEmpty());
        assertNotNull(tag("'s ' ’ . & of The"));
        assertNotNull(tag("A. B. C. D. E. Mr. Dr. Sen."));
        Mention m = find(tag("Mr. Smith left."), "Smith");
        assertEquals(EntityType.PERSON, m.type());
        assertNull(tag("he said it").stream().filter(x -> x.kind() == MentionKind.PRONOUN).findFirst().orElse(null));
    }
}
