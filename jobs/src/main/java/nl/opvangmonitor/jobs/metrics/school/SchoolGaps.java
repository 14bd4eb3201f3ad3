package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One row per gap in a linked child's schooling (metrics.md, gold.missed_school_monthly): first
 * and day-after-last missed school day, missed school days by cause, the gap's cause, and where the child
 * was on its first day. A gap's days share one cause, except in the degenerate case of a first
 * school day that covers no in-scope day (an enrolment of weekend days only) falling inside it:
 * then its days before F are INITIAL and the gap is classed by its days from F on.
 */
public final class SchoolGaps implements ComputedTable {

    @Override
    public TableDef table() {
        return SilverFactTables.SCHOOL_GAPS;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverFactTables.MISSED_SCHOOL_INTERVALS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return gaps(context.table(SilverFactTables.MISSED_SCHOOL_INTERVALS), SchoolDays.of(context.schoolCalendar()));
    }

    /** The gaps of the missed intervals ({@link MissedSchoolIntervals}) on the run's school calendar. */
    static Dataset<Row> gaps(Dataset<Row> missedIntervals, SchoolDays schoolDays) {
        Column first = min(struct(col("interval_start"), col("category"), col("provincie"), col("amv"),
                col("age_band")));
        return missedIntervals
                .groupBy("child_id", "gap_start")
                .agg(date_add(max(schoolDays.lastBefore(col("school_region"), col("interval_end"))), 1).as("gap_end"),
                        sum("missed_days").as("missed_days"),
                        sum(MissedDayCause.INITIAL.daysOrZero(col("missed_days"))).as("missed_days_initial"),
                        sum(MissedDayCause.RELOCATION.daysOrZero(col("missed_days"))).as("missed_days_relocation"),
                        sum(MissedDayCause.OTHER.daysOrZero(col("missed_days"))).as("missed_days_other"),
                        max_by(col("cause"), col("interval_start")).as("cause"),
                        first.as("first"))
                .select(col("child_id"), col("gap_start"), col("gap_end"), col("missed_days"),
                        col("missed_days_initial"), col("missed_days_relocation"), col("missed_days_other"),
                        col("cause"), col("first.category").as("category"), col("first.provincie").as("provincie"),
                        col("first.amv").as("amv"), col("first.age_band").as("age_band"));
    }
}
