package nl.opvangmonitor.jobs.metrics;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;

/** The age bands of metrics.md ("Common terms"), as Spark columns over an age in whole years. */
public final class AgeBands {
    private AgeBands() {
    }

    /** {@code 0-3}, {@code 4-11}, {@code 12-17} for minors; {@code 18+} for adults. */
    public static Column band(Column age) {
        return when(age.lt(4), lit("0-3"))
                .when(age.lt(12), lit("4-11"))
                .when(age.lt(18), lit("12-17"))
                .otherwise(lit("18+"));
    }

    /** {@code 5-11} or {@code 12-17} for school-age children; null outside school age. */
    public static Column schoolBand(Column age) {
        return when(age.geq(5).and(age.lt(12)), lit("5-11"))
                .when(age.geq(12).and(age.lt(18)), lit("12-17"));
    }

    /** {@code J} for true, {@code N} for false: boolean dimensions in gold (docs/decisions.md). */
    public static Column jn(Column flag) {
        return when(flag, lit("J")).otherwise(lit("N"));
    }
}
