package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.facts.Moves;
import nl.opvangmonitor.jobs.metrics.facts.ResidenceSegments;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * The missed school days of linked children as intervals (metrics.md, gold.missed_school_monthly):
 * in-scope periods minus the union of enrolments, each interval within one location, age band and
 * cause, with its missed weekdays and the start of the gap it belongs to. A gap is a maximal run of
 * missed days with no weekday between consecutive ones that is covered or out of scope (weekends
 * do not break a gap); found with lag and a running maximum, never one row per day.
 */
public final class MissedSchoolIntervals implements ComputedTable {

    /** A gap is a relocation gap when it starts at most this many days before or after a move. */
    static final int MOVE_WINDOW_DAYS = 14;

    public static final TableDef TABLE = TableDef.builder(Layer.SILVER, "missed_school_intervals")
            .string("child_id")
            .date("interval_start")
            .date("interval_end")
            .required("missed_days", DataTypes.LongType)
            .string("category")
            .string("provincie")
            .required("amv", DataTypes.BooleanType)
            .string("age_band")
            .date("gap_start")
            .string("cause")
            .keys("child_id", "interval_start")
            .build();

    @Override
    public TableDef table() {
        return TABLE;
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        Column asOf = context.asOfLit();
        Dataset<Row> linkedScope = SchoolScope.intervals(context.table(ResidenceSegments.TABLE)).where(col("linked"));
        Dataset<Row> enrolments = context.table(SilverTables.ENROLMENTS);
        return intervals(linkedScope, enrolments,
                FirstSchoolDay.of(context.table(SilverTables.PERSONS), enrolments, asOf),
                context.table(Moves.TABLE), asOf);
    }

    /**
     * Missed intervals of {@code linkedScope} (from {@link SchoolScope}, linked persons only),
     * given the enrolments, each person's first school day and the moves (intake placements are
     * not moves and are ignored).
     */
    public static Dataset<Row> intervals(Dataset<Row> linkedScope, Dataset<Row> enrolments,
                                         Dataset<Row> firstSchoolDays, Dataset<Row> moves, Column asOf) {
        Dataset<Row> covered = Intervals.union(enrolmentPeriods(enrolments, linkedScope, asOf),
                "child_id", "start", "end");
        Dataset<Row> uncovered = Intervals.complement(covered, linkedScope, "child_id", "start", "end");
        Dataset<Row> missed = Intervals.intersect(linkedScope, uncovered, "child_id", "start", "end")
                .join(firstSchoolDays, "child_id", "left");
        Dataset<Row> byCauseSide = Intervals.splitAt(missed, "start", "end", col("first_school_day"))
                .withColumn("missed_days", Dates.weekdaysBetween(col("start"), col("end")))
                .where(col("missed_days").gt(0))
                .withColumn("initial", col("first_school_day").isNull()
                        .or(col("end").leq(col("first_school_day"))));
        Column nearAMove = exists(col("move_dates"), m -> abs(datediff(m, col("gap_start"))).leq(MOVE_WINDOW_DAYS));
        Column cause = when(col("initial"), lit(MissedDayCause.INITIAL.name()))
                .when(coalesce(nearAMove, lit(false)), lit(MissedDayCause.RELOCATION.name()))
                .otherwise(lit(MissedDayCause.OTHER.name()));
        return withGapStart(byCauseSide)
                .join(moveDates(moves), "child_id", "left")
                .select(col("child_id"), col("start").as("interval_start"), col("end").as("interval_end"),
                        col("missed_days"), col("category"), col("provincie"), col("amv"), col("age_band"),
                        col("gap_start"), cause.as("cause"));
    }

    /** The enrolments of linked scope persons as {@code child_id, start, end}; an open one never ends. */
    static Dataset<Row> enrolmentPeriods(Dataset<Row> enrolments, Dataset<Row> linkedScope, Column asOf) {
        return enrolments
                .where(col("bsn_id").isNotNull().and(col("start_date").leq(asOf)))
                .select(col("bsn_id"), col("start_date").as("start"),
                        coalesce(col("end_date"), Intervals.NEVER_AFTER).as("end"))
                .where(col("start").lt(col("end")))
                .join(linkedScope.select("child_id", "bsn_id").distinct(), "bsn_id")
                .drop("bsn_id");
    }

    /**
     * Adds {@code gap_start}, the first missed weekday of the gap each interval belongs to: an
     * interval opens a new gap when some weekday lies between the previous interval's last missed
     * weekday and its own first one (such a weekday is covered or out of scope, or it would be
     * missed and inside an interval).
     */
    static Dataset<Row> withGapStart(Dataset<Row> missed) {
        WindowSpec ordered = Window.partitionBy("child_id").orderBy("start");
        Column firstMissed = Intervals.firstWeekdayFrom(col("start"));
        Column previousLastMissed = lag(Intervals.lastWeekdayBefore(col("end")), 1).over(ordered);
        Column opensGap = previousLastMissed.isNull()
                .or(Dates.weekdaysBetween(date_add(previousLastMissed, 1), firstMissed).gt(0));
        return missed
                .withColumn("__opens_gap", opensGap)
                .withColumn("gap_start", max(when(col("__opens_gap"), firstMissed))
                        .over(ordered.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .drop("__opens_gap");
    }

    /** Per child, the dates of its moves ({@code move_dates}); intake placements are not moves. */
    static Dataset<Row> moveDates(Dataset<Row> moves) {
        return moves.where(not(col("intake")))
                .groupBy("child_id")
                .agg(collect_list("move_date").as("move_dates"));
    }
}
