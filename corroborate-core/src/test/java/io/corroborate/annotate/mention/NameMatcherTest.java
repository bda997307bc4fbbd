package io.corroborate.annotate.mention;

import static io.corroborate.annotate.mention.NameMatcher.Relation.DIFFERENT;
import static io.corroborate.annotate.mention.NameMatcher.Relation.FIRST_NAME_DIFFERS;
import static io.corroborate.annotate.mention.NameMatcher.Relation.SAME;
import static io.corroborate.annotate.mention.NameMatcher.Relation.VARIANT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameMatcherTest {
    @Test
    void caseAccentsDotsAndTitlesDoNotMatter() {
        assertEquals(SAME, NameMatcher.compare("José Pérez", "jose perez"));
        assertEquals(SAME, NameMatcher.compare("Mr. Jose Perez", "Jose Perez"));
        assertEquals(SAME, NameMatcher.compare("Sen. Chuck Schumer", "Chuck Schumer"));
    }

    @Test
    void spellingVariantsOfOnePerson() {
        assertEquals(VARIANT, NameMatcher.compare("Volodymyr Zelensky", "Volodymyr Zelenskyy"));
        assertEquals(VARIANT, NameMatcher.compare("Zelenskiy", "Zelensky"));
        assertEquals(VARIANT, NameMatcher.compare("Steven Marsh", "Stephen Marsh"));
        assertEquals(VARIANT, NameMatcher.compare("Donald J. Trump", "Donald Trump"));
        assertEquals(VARIANT, NameMatcher.compare("D. Trump", "Donald Trump"));
        assertEquals(VARIANT, NameMatcher.compare("Trump", "Donald Trump"));
        assertEquals(VARIANT, NameMatcher.compare("Bill Carter", "William Carter"));
        assertEquals(VARIANT, NameMatcher.compare("Chris Hale", "Christopher Hale"));
        assertEquals(VARIANT, NameMatcher.compare("Catherine Moss", "Katherine Moss"));
    }

    @Test
    void sameSurnameDifferentFirstName() {
        assertEquals(FIRST_NAME_DIFFERS, NameMatcher.compare("Karoline Leavitt", "Katherine Leavitt"));
        assertEquals(FIRST_NAME_DIFFERS, NameMatcher.compare("Hillary Clinton", "Bill Clinton"));
    }

    @Test
    void differentPeople() {
        assertEquals(DIFFERENT, NameMatcher.compare("Vladimir Putin", "Donald Trump"));
        assertEquals(DIFFERENT, NameMatcher.compare("Anna Berg", "Anna Lund"));
        assertEquals(DIFFERENT, NameMatcher.compare("", "Anna Lund"));
        assertEquals(DIFFERENT, NameMatcher.compare("...", "Anna Lund"));
    }
}
