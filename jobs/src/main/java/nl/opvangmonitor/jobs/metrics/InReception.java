package nl.opvangmonitor.jobs.metrics;

import static org.apache.spark.sql.functions.*;

import nl.opvangmonitor.common.dates.Dates;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Who is in reception on a day, and where (metrics.md, Common terms, "In reception on d"): the
 * residence segment covering the day, one per person since segments do not overlap.
 */
public final class InReception {
    private InReception() {
    }

    /** The segments covering {@code day} ({@code seg_start <= day < seg_end}), with the person's {@code age} on it. */
    public static Dataset<Row> on(Dataset<Row> segments, Column day) {
        return segments.where(col("seg_start").leq(day).and(col("seg_end").gt(day)))
                .withColumn("age", Dates.ageOn(col("birth_month"), day));
    }

    /** The segments covering {@code day} of persons who are minors on it. */
    public static Dataset<Row> minorsOn(Dataset<Row> segments, Column day) {
        return on(segments, day).where(col("age").lt(18));
    }
}
