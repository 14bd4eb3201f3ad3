package nl.opvangmonitor.jobs.publish;

import org.apache.spark.sql.Column;

/**
 * Primary suppression (privacy.md): a person count of 1..k-1 is hidden; 0 is published, since
 * "nobody" identifies no one.
 */
final class PrimarySuppression {
    private PrimarySuppression() {
    }

    /** Whether a count value falls under the threshold: 1 <= value < k (null is not). */
    static Column belowThreshold(Column value, int k) {
        return value.geq(1).and(value.lt(k));
    }

    /** The reason text of a primary suppression. */
    static String reason(int k) {
        return "primary (<" + k + ")";
    }

    /** Whether a count value falls under the threshold: 1 <= value < k. */
    static boolean belowThreshold(long value, int k) {
        return value >= 1 && value < k;
    }
}
