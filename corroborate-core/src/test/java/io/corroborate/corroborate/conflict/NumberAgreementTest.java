package io.corroborate.corroborate.conflict;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberAgreementTest {
    @Test
    void roundNumbersAgreeWithinTheirRounding() {
        assertTrue(NumberAgreement.agree(2000, "about 2,000", "about", 1987, "1,987", null));
        assertTrue(NumberAgreement.agree(2000, "2,000", null, 1987, "1,987", null));
        assertFalse(NumberAgreement.agree(3000, "3,000", null, 3900, "3,900", null));
        assertFalse(NumberAgreement.agree(13, "13", null, 17, "17", null));
    }

    @Test
    void qualifiersOpenTheInterval() {
        assertTrue(NumberAgreement.agree(2, "more than two", "more than", 2.5, "2.5", null));
        assertFalse(NumberAgreement.agree(2, "less than two", "less than", 2.5, "2.5", null));
        assertTrue(NumberAgreement.agree(100, "nearly 100", "nearly", 95, "95", null));
        assertFalse(NumberAgreement.agree(125, "125", null, 152, "as many as 152", "as many as"));
    }

    @Test
    void magnitudeWordsKeepTheirPrecision() {
        assertTrue(NumberAgreement.agree(4.9e6, "$4.9 million", null, 4.9e6, "$4.9m", null));
        assertTrue(NumberAgreement.agree(4.9e6, "$4.9 million", null, 4.87e6, "$4,870,000", null));
        assertFalse(NumberAgreement.agree(500e6, "$500 million", null, 650e6, "$650 million", null));
    }

    @Test
    void boundsInTheSameDirectionCompareTheirFigures() {
        assertFalse(NumberAgreement.agree(808e6, "at least $808 million", "at least", 1053e6, "at least $1053 million", "at least"));
        assertTrue(NumberAgreement.agree(2, "more than two", "more than", 2, "over two", "over"));
        assertFalse(NumberAgreement.agree(100_000, "roughly 100,000", "roughly", 130_000, "roughly 130,000", "roughly"));
        assertFalse(NumberAgreement.agree(16, "nearly 16-hour", "nearly", 13, "13-hour", null));
    }
}
