package io.corroborate.corroborate.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonNameTest {
    private static PersonName.Match cmp(String a, String b) {
        return PersonName.of(a).compare(PersonName.of(b));
    }

    @Test
    void comparesFirstNamesOfOneSurname() {
        assertEquals(PersonName.Match.SAME, cmp("Karoline Leavitt", "Karoline Leavitt"));
        assertEquals(PersonName.Match.FIRST_NAME_DIFFERS, cmp("Karoline Leavitt", "Katherine Leavitt"));
        assertEquals(PersonName.Match.VARIANT, cmp("Steven Marsh", "Stephen Marsh"));
        assertEquals(PersonName.Match.VARIANT, cmp("Bob Dalloway", "Bobby Dalloway"));
        assertEquals(PersonName.Match.VARIANT, cmp("Volodymyr Zelensky", "Volodymyr Zelenskyy"));
        assertEquals(PersonName.Match.DIFFERENT, cmp("Karoline Leavitt", "Karoline Marsh"));
        assertEquals(PersonName.Match.SAME, cmp("Ivo Brandt Jr.", "Ivo Brandt"));
    }

    @Test
    void singleWordsAndInitialsAreNotFullNames() {
        assertNull(PersonName.of("Leavitt"));
        assertNull(PersonName.of("J. Leavitt"));
    }
}
