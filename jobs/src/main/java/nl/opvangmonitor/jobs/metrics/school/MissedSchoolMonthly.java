package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.AgeBands;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.GoldAggregation;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * metrics.md, gold.missed_school_monthly: per month, category, provincie, amv and age band on the
 * day, the linked school-age children in reception, those who missed school days, the missed
 * weekdays by cause (INITIAL, RELOCATION, OTHER), the relocation gaps starting in the month and
 * the children with one, and the unlinked children who cannot be measured. A plain aggregation of
 * {@link SchoolDaysMonthly} over the reporting months.
 */
public final class MissedSchoolMonthly implements ComputedTable {

    @Override
    public TableDef table() {
        return GoldTables.MISSED_SCHOOL_MONTHLY;
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return aggregate(context.table(SchoolDaysMonthly.TABLE), lit(java.sql.Date.valueOf(context.firstMonth())));
    }

    /** The gold rows of the months from {@code firstMonth} on, with ALL totals. */
    public static Dataset<Row> aggregate(Dataset<Row> monthly, Column firstMonth) {
        Dataset<Row> facts = monthly.where(col("month").geq(firstMonth))
                .withColumn("amv", AgeBands.jn(col("amv")));
        Column linked = col("linked");
        Column missedDays = col("missed_days_initial").plus(col("missed_days_relocation"))
                .plus(col("missed_days_other"));
        return GoldAggregation.withTotals(facts, List.of("month"), List.of("category", "provincie", "amv", "age_band"),
                childrenWhere(linked).as("school_age_children"),
                childrenWhere(linked.and(missedDays.gt(0))).as("children_missing"),
                sum("missed_days_initial").as("missed_days_initial"),
                sum("missed_days_relocation").as("missed_days_relocation"),
                sum("missed_days_other").as("missed_days_other"),
                sum("relocation_gaps").as("relocation_gaps"),
                childrenWhere(col("relocation_gaps").gt(0)).as("children_with_relocation_gap"),
                childrenWhere(not(linked)).as("unlinked_children"));
    }

    /** Distinct children with a row meeting {@code condition} (a child may have several rows in a total). */
    private static Column childrenWhere(Column condition) {
        return count_distinct(when(condition, col("child_id")));
    }
}
