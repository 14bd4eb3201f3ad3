package nl.opvangmonitor.jobs.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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

    /** Marks the cells whose value is 1..k-1 as suppressed with a primary reason. */
    static Dataset<Row> apply(Dataset<Row> cells, int k) {
        Column hit = coalesce(belowThreshold(col(CountCells.VALUE), k), lit(false));
        return cells
                .withColumn(CountCells.REASON, when(hit, lit(reason(k))).otherwise(col(CountCells.REASON)))
                .withColumn(CountCells.SUPPRESSED, col(CountCells.SUPPRESSED).or(hit));
    }
}
