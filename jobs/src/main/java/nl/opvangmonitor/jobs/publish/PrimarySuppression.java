package nl.opvangmonitor.jobs.publish;

/**
 * Primary suppression (privacy.md): a person count of 1..k-1 is hidden; 0 is published, since
 * "nobody" identifies no one.
 */
final class PrimarySuppression {
    private PrimarySuppression() {
    }

    /** Whether a count value falls under the threshold: 1 <= value < k. */
    static boolean belowThreshold(long value, int k) {
        return value >= 1 && value < k;
    }
}
