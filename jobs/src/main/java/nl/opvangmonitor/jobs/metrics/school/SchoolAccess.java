package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.AgeBands;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.GoldAggregation;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.Provisional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * metrics.md, gold.school_access: per cohort month (month of the application date A), category,
 * provincie, amv and age band on A, how many children of the cohort went to school in time (within
 * the 90-day term, 60 days from the Migration Pact on 12 June 2026), late, are still waiting in
 * term, are overdue, left, or are unlinked; days to school (median, p90 over the enrolled) and the
 * share in time. A plain aggregation of {@link SchoolAccessFacts} over the reporting months.
 */
public final class SchoolAccess implements ComputedTable {

    @Override
    public TableDef table() {
        return GoldTables.SCHOOL_ACCESS;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverFactTables.SCHOOL_ACCESS_FACTS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return aggregate(context.table(SilverFactTables.SCHOOL_ACCESS_FACTS),
                lit(java.sql.Date.valueOf(context.firstMonth())), context.asOfLit());
    }

    /**
     * The day after which no child of the cohort month can still change status: the latest deadline
     * D = A + N over every A in the month (metrics.md, "Provisional": a cohort whose deadline is after
     * as_of). A calendar rule, not the deadlines of the row's children, as a later delivery can still
     * add a child applying on the month's last day. In June 2026 the 90-day term of 11 June ends last.
     */
    public static Column latestDeadline(Column cohortMonth) {
        Column pact = lit(java.sql.Date.valueOf(Dates.MIGRATION_PACT_START));
        Column lastDay = last_day(cohortMonth);
        return greatest(
                when(cohortMonth.lt(pact), date_add(least(lastDay, date_sub(pact, 1)),
                        SchoolAccessFacts.TERM_DAYS_BEFORE_PACT)),
                when(lastDay.geq(pact), date_add(lastDay, SchoolAccessFacts.TERM_DAYS_FROM_PACT)));
    }

    /** The gold rows of the cohorts from {@code firstMonth} on, with ALL totals, on {@code asOf}. */
    public static Dataset<Row> aggregate(Dataset<Row> facts, Column firstMonth, Column asOf) {
        Dataset<Row> cohorts = facts.where(col("cohort_month").geq(firstMonth))
                .withColumn("amv", AgeBands.jn(col("amv")));
        List<Column> aggregates = new ArrayList<>();
        aggregates.add(count(lit(1)).as("children"));
        for (SchoolStatus status : SchoolStatus.values()) {
            aggregates.add(count_if(col("status").equalTo(status.name())).as(status.column()));
        }
        aggregates.add(count_if(col("within_42_days")).as("within_42_days"));
        aggregates.add(percentile(col("days_to_school"), lit(0.5)).as("median_days_to_school"));
        aggregates.add(percentile(col("days_to_school"), lit(0.9)).as("p90_days_to_school"));
        aggregates.add(percentInTime().as("pct_in_time"));
        return GoldAggregation.withTotals(cohorts, List.of("cohort_month"),
                        List.of("category", "provincie", "amv", "age_band"), aggregates.toArray(Column[]::new))
                .withColumn(Provisional.COLUMN, Provisional.until(latestDeadline(col("cohort_month")), asOf));
    }

    /** in_time / (in_time + late + overdue) as a percentage (0..100, unrounded); null when the base is 0. */
    private static Column percentInTime() {
        Column inTime = count_if(col("status").equalTo(SchoolStatus.ENROLLED_IN_TIME.name()));
        Column base = count_if(col("status").isin(SchoolStatus.ENROLLED_IN_TIME.name(),
                SchoolStatus.ENROLLED_LATE.name(), SchoolStatus.OVERDUE.name()));
        return when(base.gt(0), inTime.multiply(100.0).divide(base));
    }
}
