package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Per school-age child, month and place (category, provincie, age band on the day): in-scope
 * school days, missed school days by cause and relocation gaps started (metrics.md,
 * gold.missed_school_monthly), for linked children; unlinked children get their in-scope days only,
 * as they cannot be measured. Intervals are split at month boundaries and school days counted
 * by the school calendar's prefix sums.
 */
public final class SchoolDaysMonthly implements ComputedTable {

    static final List<String> CELL = List.of("child_id", "month", "category", "provincie", "amv", "age_band",
            "linked");
    static final List<String> DAY_COUNTS = List.of("in_scope_days", "missed_days_initial", "missed_days_relocation",
            "missed_days_other", "relocation_gaps");

    @Override
    public TableDef table() {
        return SilverFactTables.SCHOOL_DAYS_MONTHLY;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverFactTables.MISSED_SCHOOL_INTERVALS,
                SilverFactTables.RESIDENCE_SEGMENTS,
                SilverFactTables.SCHOOL_GAPS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        Dataset<Row> scope = SchoolScope.intervals(context.table(SilverFactTables.RESIDENCE_SEGMENTS));
        return monthly(scope, context.table(SilverFactTables.MISSED_SCHOOL_INTERVALS), context.table(SilverFactTables.SCHOOL_GAPS),
                SchoolDays.covering(context.schoolCalendar(), scope));
    }

    /** Monthly per-child counts from the scope intervals, the missed intervals and the gaps. */
    static Dataset<Row> monthly(Dataset<Row> scope, Dataset<Row> missedIntervals, Dataset<Row> gaps,
                                SchoolDays schoolDays) {
        Dataset<Row> inScope = Intervals.byMonth(scope, "start", "end")
                .select(cellAnd(schoolDays.between(col("school_region"), col("start"), col("end")), zero(), zero(),
                        zero(), zero()));
        Dataset<Row> missed = Intervals.byMonth(missedIntervals.withColumn("linked", lit(true)),
                        "interval_start", "interval_end")
                .withColumn("__days", schoolDays.between(col("school_region"), col("interval_start"),
                        col("interval_end")))
                .select(cellAnd(zero(), MissedDayCause.INITIAL.daysOrZero(col("__days")),
                        MissedDayCause.RELOCATION.daysOrZero(col("__days")),
                        MissedDayCause.OTHER.daysOrZero(col("__days")), zero()));
        Dataset<Row> relocationGaps = gaps
                .where(col("cause").equalTo(MissedDayCause.RELOCATION.name()))
                .withColumn("month", trunc(col("gap_start"), "month"))
                .withColumn("linked", lit(true))
                .select(cellAnd(zero(), zero(), zero(), zero(), lit(1L)));
        List<Column> sums = DAY_COUNTS.stream().map(c -> sum(c).as(c)).toList();
        return inScope.unionByName(missed).unionByName(relocationGaps)
                .groupBy(cell())
                .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new))
                .where(col("in_scope_days").gt(0));
    }

    private static Column[] cell() {
        return CELL.stream().map(c -> col(c)).toArray(Column[]::new);
    }

    /** The cell columns followed by the given values as the day counts, in {@link #DAY_COUNTS} order. */
    private static Column[] cellAnd(Column... counts) {
        List<Column> out = new ArrayList<>(List.of(cell()));
        for (int i = 0; i < counts.length; i++) {
            out.add(counts[i].cast("long").as(DAY_COUNTS.get(i)));
        }
        return out.toArray(Column[]::new);
    }

    private static Column zero() {
        return lit(0L);
    }
}
