package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Interval arithmetic on half-open date intervals {@code [start, end)} per person, as Spark frames
 * and columns: union, complement, intersection, splitting at a date and at month boundaries. The
 * school metrics count school days over these intervals instead of exploding one row per day
 * (engineering.md, "Compute intervals, not days").
 */
public final class Intervals {
    private Intervals() {
    }

    /** Stands for "unbounded" at either end of an interval (an open enrolment, no coverage yet). */
    static final Column NEVER_BEFORE = lit(java.sql.Date.valueOf("0001-01-01"));
    static final Column NEVER_AFTER = lit(java.sql.Date.valueOf("9999-12-31"));

    /**
     * Splits each row's interval at {@code cut} into the part before it and the part from it on,
     * dropping empty parts; a null cut leaves the interval whole. Other columns are kept.
     */
    public static Dataset<Row> splitAt(Dataset<Row> rows, String start, String end, Column cut) {
        Column c = coalesce(cut, NEVER_AFTER);
        Column parts = array(
                struct(col(start).as("s"), least(col(end), c).as("e")),
                struct(greatest(col(start), c).as("s"), col(end).as("e")));
        return rows.withColumn("__part", explode(parts))
                .withColumn(start, col("__part.s"))
                .withColumn(end, col("__part.e"))
                .drop("__part")
                .where(col(start).lt(col(end)));
    }

    /**
     * One row per calendar month an interval overlaps, the interval clipped to that month, the
     * month (its first day) in column {@code month}.
     */
    public static Dataset<Row> byMonth(Dataset<Row> rows, String start, String end) {
        Column months = sequence(trunc(col(start), "month"), trunc(date_sub(col(end), 1), "month"),
                expr("interval 1 month"));
        return rows.withColumn("month", explode(months))
                .withColumn(start, greatest(col(start), col("month")))
                .withColumn(end, least(col(end), add_months(col("month"), 1)));
    }

    /**
     * The union of each key's intervals as disjoint, non-adjacent intervals (gaps and islands:
     * a new island starts where an interval begins after every earlier one has ended).
     */
    public static Dataset<Row> union(Dataset<Row> rows, String key, String start, String end) {
        WindowSpec ordered = Window.partitionBy(key).orderBy(start, end);
        Column reachedSoFar = max(col(end)).over(ordered.rowsBetween(Window.unboundedPreceding(), -1));
        Column startsIsland = when(reachedSoFar.isNull().or(col(start).gt(reachedSoFar)), 1).otherwise(0);
        return rows.select(col(key), col(start), col(end))
                .withColumn("__new", startsIsland)
                .withColumn("__island",
                        sum("__new").over(ordered.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .groupBy(key, "__island")
                .agg(min(start).as(start), max(end).as(end))
                .drop("__island");
    }

    /**
     * For every key in {@code keys}, the days not covered by its disjoint intervals {@code islands}
     * (from {@link #union}), as intervals between {@link #NEVER_BEFORE} and {@link #NEVER_AFTER}; a
     * key without islands gets one interval spanning everything.
     */
    public static Dataset<Row> complement(Dataset<Row> islands, Dataset<Row> keys, String key, String start,
                                          String end) {
        // An empty island at the beginning of time makes the stretch before the first island
        // (or everything, for a key with no islands) fall out of the same lead() as the rest.
        Dataset<Row> anchored = islands.select(col(key), col(start), col(end))
                .unionByName(keys.select(col(key)).distinct()
                        .withColumn(start, NEVER_BEFORE).withColumn(end, NEVER_BEFORE));
        WindowSpec ordered = Window.partitionBy(key).orderBy(start);
        return anchored
                .select(col(key), col(end).as(start),
                        coalesce(lead(col(start), 1).over(ordered), NEVER_AFTER).as(end))
                .where(col(start).lt(col(end)));
    }

    /**
     * The parts of {@code rows}' intervals that lie inside {@code other}'s intervals of the same
     * key (a range join per key; both sides hold few intervals per person). Columns of
     * {@code rows} are kept, their interval clipped.
     */
    public static Dataset<Row> intersect(Dataset<Row> rows, Dataset<Row> other, String key, String start,
                                         String end) {
        Dataset<Row> o = other.select(col(key).as("__key"), col(start).as("__start"), col(end).as("__end"));
        return rows.join(o, col(key).equalTo(col("__key"))
                        .and(col("__start").lt(col(end)))
                        .and(col("__end").gt(col(start))))
                .withColumn(start, greatest(col(start), col("__start")))
                .withColumn(end, least(col(end), col("__end")))
                .drop("__key", "__start", "__end");
    }
}
