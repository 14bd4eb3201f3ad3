package nl.opvangmonitor.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import nl.opvangmonitor.common.privacy.Bsn;
import org.junit.jupiter.api.Test;

/** Generated identifiers have the contract's shape and are unique per person. */
class IdentifiersTest {
    @Test
    void identifiersOfTheFirst100kPersonsAreValidAndDistinct() {
        Identifiers ids = new Identifiers(99);
        Set<String> bsns = new HashSet<>();
        Set<String> vnummers = new HashSet<>();
        Set<String> onderwijsnummers = new HashSet<>();
        int n = 100_000;
        for (long p = 0; p < n; p++) {
            String bsn = ids.bsn(p);
            assertTrue(Bsn.passesElevenTest(bsn), bsn);
            bsns.add(bsn);
            String v = ids.vnummer(p);
            assertTrue(v.length() == 10 && v.chars().allMatch(Character::isDigit), v);
            vnummers.add(v);
            String o = ids.onderwijsnummer(p);
            assertTrue(o.length() == 9 && o.chars().allMatch(Character::isDigit), o);
            onderwijsnummers.add(o);
        }
        assertEquals(n, bsns.size());
        assertEquals(n, vnummers.size());
        assertEquals(n, onderwijsnummers.size());
        assertTrue(ids.gezinsnummer(12).matches("G\\d{8}"));
    }

    @Test
    void theLastNumberablePersonStillGetsABsnAndTheNextNone() {
        Identifiers ids = new Identifiers(1);
        assertTrue(Bsn.passesElevenTest(ids.bsn(Identifiers.MAX_PERSONS - 1)));
        assertThrows(IllegalArgumentException.class, () -> ids.bsn(Identifiers.MAX_PERSONS));
    }
}
