package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The missed school days of linked children as intervals (metrics.md, gold.missed_school_monthly):
 * in-scope periods minus the union of enrolments, each interval within one location, age band and
 * cause, with its missed school days (on the run's school calendar, in the region of the location)
 * and the start of the gap it belongs to. A gap is a maximal run of missed days with no school day
 * between consecutive ones that is covered or out of scope (weekends and holidays do not break a
 * gap); found with lag and a running maximum, never one row per day.
 */
public final class MissedSchoolIntervals implements ComputedTable {

    /** A gap is a relocation gap when it starts at most this many days before or after a move. */
    static final int MOVE_WINDOW_DAYS = 14;

    @Override
    public TableDef table() {
        return SilverFactTables.MISSED_SCHOOL_INTERVALS;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverTables.ENROLMENTS,
                SilverTables.PERSONS,
                SilverFactTables.MOVES,
                SilverFactTables.RESIDENCE_SEGMENTS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        Column asOf = context.asOfLit();
        Dataset<Row> scope = SchoolScope.intervals(context.table(SilverFactTables.RESIDENCE_SEGMENTS));
        SchoolDays schoolDays = SchoolDays.covering(context.schoolCalendar(), scope);
        Dataset<Row> enrolments = context.table(SilverTables.ENROLMENTS);
        return intervals(scope.where(col("linked")), enrolments,
                FirstSchoolDay.of(context.table(SilverTables.PERSONS), enrolments, asOf),
                context.table(SilverFactTables.MOVES), asOf, schoolDays);
    }

    /**
     * Missed intervals of {@code linkedScope} (from {@link SchoolScope}, linked persons only),
     * given the enrolments, each person's first school day and the moves (intake placements are
     * not moves and are ignored), counting the school days of {@code schoolDays}.
     */
    static Dataset<Row> intervals(Dataset<Row> linkedScope, Dataset<Row> enrolments, Dataset<Row> firstSchoolDays,
                                  Dataset<Row> moves, Column asOf, SchoolDays schoolDays) {
        Dataset<Row> covered = Intervals.union(enrolmentPeriods(enrolments, linkedScope, asOf),
                "child_id", "start", "end");
        Dataset<Row> uncovered = Intervals.complement(covered, linkedScope, "child_id", "start", "end");
        Dataset<Row> missed = Intervals.intersect(linkedScope, uncovered, "child_id", "start", "end")
                .join(firstSchoolDays, "child_id", "left");
        Dataset<Row> byCauseSide = Intervals.splitAt(missed, "start", "end", col("first_school_day"))
                .withColumn("missed_days", schoolDays.between(col("school_region"), col("start"), col("end")))
                .where(col("missed_days").gt(0))
                .withColumn("initial", col("first_school_day").isNull()
                        .or(col("end").leq(col("first_school_day"))));
        Column nearAMove = exists(col("move_dates"), m -> abs(datediff(m, col("gap_start"))).leq(MOVE_WINDOW_DAYS));
        Column cause = when(col("initial"), lit(MissedDayCause.INITIAL.name()))
                .when(coalesce(nearAMove, lit(false)), lit(MissedDayCause.RELOCATION.name()))
                .otherwise(lit(MissedDayCause.OTHER.name()));
        return withGapStart(byCauseSide, schoolDays)
                .join(moveDates(moves), "child_id", "left")
                .select(col("child_id"), col("start").as("interval_start"), col("end").as("interval_end"),
                        col("missed_days"), col("category"), col("provincie"), col("school_region"), col("amv"),
                        col("age_band"),
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
     * Adds {@code gap_start}, the first missed school day of the gap each interval belongs to: an
     * interval opens a new gap when a school day lies between the previous interval's end and its own
     * start (such a day is covered or out of scope, or it would be missed and inside an interval). The
     * days between count in the previous interval's region: the child's most recent location, which
     * out-of-reception days take (metrics.md, "School day"). Days an interval holds after its last
     * missed school day or before its first are no school days by definition.
     */
    static Dataset<Row> withGapStart(Dataset<Row> missed, SchoolDays schoolDays) {
        WindowSpec ordered = Window.partitionBy("child_id").orderBy("start");
        Column firstMissed = schoolDays.firstFrom(col("school_region"), col("start"));
        Column previousEnd = lag(col("end"), 1).over(ordered);
        Column previousRegion = lag(col("school_region"), 1).over(ordered);
        Column opensGap = previousEnd.isNull()
                .or(schoolDays.between(previousRegion, previousEnd, col("start")).gt(0));
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
