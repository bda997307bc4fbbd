package io.corroborate.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateValuesTest {
    @Test
    void machineFormats() {
        assertEquals("2019-11-19T13:02:00Z", DateValues.parse("2019-11-19T13:02:00.000Z").iso());
        assertEquals("2019-11-19T13:02:00-05:00", DateValues.parse("2019-11-19T13:02:00-0500").iso());
        assertEquals("2019-11-19T13:02:00", DateValues.parse("2019-11-19 13:02").iso());
        assertEquals("2019-11-19", DateValues.parse("20191119").iso());
        assertEquals("2019-11-19", DateValues.parse("2019/11/19").iso());
        assertEquals("2019-11-19T13:02:00Z", DateValues.parse("Tue, 19 Nov 2019 13:02:00 GMT").iso());
        assertEquals(LocalDate.of(2019, 11, 19), DateValues.parse("1574168520").date());
    }

    @Test
    void writtenDatesInSeveralLanguages() {
        LocalDate d = LocalDate.of(2019, 11, 19);
        assertEquals(d, DateValues.parse("November 19, 2019").date());
        assertEquals(d, DateValues.parse("Nov. 19th, 2019").date());
        assertEquals(d, DateValues.parse("19 November 2019").date());
        assertEquals(d, DateValues.parse("19. November 2019").date());
        assertEquals(d, DateValues.parse("le 19 novembre 2019").date());
        assertEquals(d, DateValues.parse("19 de noviembre de 2019").date());
        assertEquals(d, DateValues.parse("19 listopada 2019").date());
        assertEquals(d, DateValues.parse("19.11.2019").date());
        assertEquals(LocalDate.of(2019, 3, 5), DateValues.parse("05.03.2019").date()); // day first
    }

    @Test
    void datesInUrls() {
        assertEquals(LocalDate.of(2019, 11, 18), DateValues.fromUrl("https://x.org/2019/11/18/story-name/").date());
        assertEquals(LocalDate.of(2018, 10, 9), DateValues.fromUrl("https://x.org/news/2018-10-09-story").date());
        assertEquals(LocalDate.of(2019, 11, 15), DateValues.fromUrl("https://x.org/story-20191115/").date());
        assertNull(DateValues.fromUrl("https://x.org/story/12345678901"));
        assertNull(DateValues.fromUrl("https://x.org/2019/story"));
    }

    @Test
    void implausibleValuesAreNotDates() {
        assertNull(DateValues.parse("1234-56-78"));
        assertNull(DateValues.parse("price 4500"));
        assertNull(DateValues.parse(""));
        assertNull(DateValues.parse(null));
    }
}
