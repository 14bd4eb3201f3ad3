package nl.opvangmonitor.jobs.conform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import nl.opvangmonitor.common.tables.BronzeTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * silver.care_trajectories: overlapping youth-care trajectories of one person with the same soort
 * at the same provider are one trajectory, as in the youth-care statistics (data-contract.md).
 * Trajectories are half-open intervals [start, end): touching ones (end = next start) do not
 * overlap and stay apart; trajectories starting on the same day are always one.
 */
public final class CareTrajectories {
    private CareTrajectories() {
    }

    /** Stands in for an open end, so that "open" sorts after every real end. */
    private static final Column OPEN_END = to_date(lit("9999-12-31"));

    /**
     * Merges the current versions of the trajectories (one row per bronze key) into islands of
     * overlap: the earliest start, the latest end (open if any part is open), the end reason of the
     * part ending last (ties: the later start, then the later delivery), the gemeentecode of the
     * earliest part (ties: the later delivery), and the latest delivery date of the parts.
     */
    public static Dataset<Row> mergeOverlapping(Dataset<Row> trajectories) {
        Column end = coalesce(col("end_date"), OPEN_END);
        WindowSpec byStart = Window.partitionBy(col("bsn_id"), col("provider"), col("soort")).orderBy(col("start_date"));
        Column endSoFar = max(end).over(byStart.rowsBetween(Window.unboundedPreceding(), -1));
        Column previousStart = lag(col("start_date"), 1).over(byStart);
        Column startsIsland = previousStart.isNull()
                .or(col("start_date").gt(previousStart).and(col("start_date").geq(endSoFar)));
        Column laterDeliveryFirst = unix_date(col(BronzeTables.DELIVERY_DATE)).multiply(-1);
        return trajectories
                .withColumn("_end", end)
                .withColumn("_island", sum(when(startsIsland, 1).otherwise(0)).over(byStart))
                .groupBy(col("bsn_id"), col("provider"), col("soort"), col("_island"))
                .agg(min(col("start_date")).as("start_date"),
                        nullif(max(col("_end")), OPEN_END).as("end_date"),
                        max_by(col("end_reason"), struct(col("_end"), col("start_date"), col(BronzeTables.DELIVERY_DATE)))
                                .as("end_reason"),
                        min_by(col("gemeentecode"), struct(col("start_date"), laterDeliveryFirst, col("gemeentecode")))
                                .as("gemeentecode"),
                        max(col(BronzeTables.DELIVERY_DATE)).as(BronzeTables.DELIVERY_DATE))
                .drop("_island");
    }
}
