package nl.opvangmonitor.common.privacy;

/**
 * The bsn eleven-test of data-contract.md, in one place: ingest rejects a bsn that fails it and the
 * generator makes bsns that pass it (and, as defects, some that do not).
 */
public final class Bsn {
    /** Per digit its weight: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11). */
    public static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};
    /** Nine zeros pass the sum but are no bsn. */
    public static final String ZEROS = "000000000";

    private Bsn() {
    }

    /** Whether the value is nine digits, not all zeros, whose weighted sum is a multiple of 11. */
    public static boolean passesElevenTest(String value) {
        if (!digits(value, WEIGHTS.length) || value.equals(ZEROS)) {
            return false;
        }
        return Math.floorMod(weightedSum(value, WEIGHTS.length), 11) == 0;
    }

    /** The ninth digit that makes an eight-digit stem pass, or -1 when none does (its weighted sum is 10 mod 11). */
    public static int checkDigit(String stem) {
        if (!digits(stem, WEIGHTS.length - 1)) {
            throw new IllegalArgumentException("a bsn stem is eight digits, got " + stem.length() + " characters");
        }
        int rest = weightedSum(stem, stem.length()) % 11;
        return rest == 10 ? -1 : rest;
    }

    private static boolean digits(String value, int length) {
        return value.length() == length && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int weightedSum(String digits, int count) {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return sum;
    }
}
