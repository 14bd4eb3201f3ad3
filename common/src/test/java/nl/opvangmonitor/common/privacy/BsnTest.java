package nl.opvangmonitor.common.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The eleven-test and the check digit, on hand-computed numbers. */
class BsnTest {
    @Test
    void theElevenTestAcceptsAndRejectsKnownNumbers() {
        assertTrue(Bsn.passesElevenTest("111222333")); // 9+8+7+12+10+8+9+6-3 = 66
        assertTrue(Bsn.passesElevenTest("123456782")); // 156-2 = 154 = 14*11
        assertFalse(Bsn.passesElevenTest("123456789"));
        assertFalse(Bsn.passesElevenTest("000000000"));
        assertFalse(Bsn.passesElevenTest("12345678"));
        assertFalse(Bsn.passesElevenTest("12345678a"));
        assertFalse(Bsn.passesElevenTest("-23456782"));
    }

    @Test
    void theCheckDigitCompletesAStemOrSaysNoneDoes() {
        assertEquals(2, Bsn.checkDigit("12345678")); // 9+16+21+24+25+24+21+16 = 156 = 14*11 + 2
        assertEquals(3, Bsn.checkDigit("11122233")); // 9+8+7+12+10+8+9+6 = 69 = 6*11 + 3
        assertEquals(0, Bsn.checkDigit("10000001")); // 9 + 2 = 11 = 1*11 + 0
        assertEquals(-1, Bsn.checkDigit("10000006")); // 9 + 12 = 21 = 1*11 + 10: no digit d with 21 - d = 0 (mod 11)
    }

    @Test
    void aStemIsEightDigits() {
        assertThrows(IllegalArgumentException.class, () -> Bsn.checkDigit("1234567"));
        assertThrows(IllegalArgumentException.class, () -> Bsn.checkDigit("1234567a"));
    }
}
