package nl.opvangmonitor.jobs.ingest;

import java.util.List;

/** Plain-Java checks for scans of the lake: independent of the Spark expressions they check. */
final class PrivacyScan {
    private PrivacyScan() {
    }

    /** The bsn eleven-test of data-contract.md, written out in Java. */
    static boolean passesElevenTest(String value) {
        if (!value.matches("[0-9]{9}") || value.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (value.charAt(i) - '0') * (i < 8 ? 9 - i : -1);
        }
        return Math.floorMod(sum, 11) == 0;
    }

    static boolean containsAny(String value, List<String> needles) {
        return needles.stream().anyMatch(value::contains);
    }
}
