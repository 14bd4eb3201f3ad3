package nl.opvangmonitor.jobs.metrics.locations;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The state of a history table on as_of: per key, the row with the latest date on or before
 * as_of (a location's latest inventory round, a lead's latest status). Later rows do not count.
 */
final class LatestUpTo {
    private LatestUpTo() {
    }

    /** Per {@code key}, the row with the greatest {@code dateColumn} that is <= {@code asOf}. */
    static Dataset<Row> rows(Dataset<Row> history, String key, String dateColumn, Column asOf) {
        return history.where(col(dateColumn).leq(asOf))
                .withColumn("__rank", row_number().over(Window.partitionBy(key).orderBy(col(dateColumn).desc())))
                .where(col("__rank").equalTo(1))
                .drop("__rank");
    }
}
