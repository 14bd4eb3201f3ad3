package nl.opvangmonitor.jobs.testing;

import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.opvangmonitor.common.testing.Frames;
import org.junit.jupiter.api.Test;

/** The privacy scan finds what it is meant to find, and nothing in harmless figures. */
class PrivacyScanTest {
    @Test
    void findsAVnummerABsnAPseudonymAndAPersonColumn() {
        var table = Frames.frame("child_id STRING, note STRING",
                row("a", "vnummer 1234567890"),
                row("b", "bsn 111222333"),
                row("c", "a".repeat(64)));

        List<String> findings = PrivacyScan.scan(table, "t");

        assertEquals(4, findings.size(), findings.toString());
        assertTrue(findings.get(0).contains("person-level column child_id"), findings.toString());
    }

    @Test
    void leavesCountsDatesAndNineDigitNumbersFailingTheElevenTestAlone() {
        var table = Frames.frame("category STRING, persons BIGINT, note STRING",
                row("ALL", 123456789L, "2026-01-31"), row("REGULIER", 12L, "0,8333"));

        assertEquals(List.of(), PrivacyScan.scan(table, "t"));
        assertFalse(PrivacyScan.elevenTest("123456789"));
        assertTrue(PrivacyScan.elevenTest("111222333"));
    }
}
