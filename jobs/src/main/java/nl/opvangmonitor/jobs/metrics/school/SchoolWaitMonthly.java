package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.GoldAggregation;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.Provisional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * metrics.md, gold.school_wait_monthly: enrolments with an application date (datum_aanmelding), by
 * month of inschrijving, school gemeentecode and onderwijssoort: how many, median and p90 wait
 * (inschrijving − aanmelding, in days) and how many waited over 30 days. All delivered enrolments
 * starting on or before as_of count, linked to a person or not (the DUO extract holds children in
 * reception only).
 */
public final class SchoolWaitMonthly implements ComputedTable {

    static final int LONG_WAIT_DAYS = 30;

    @Override
    public TableDef table() {
        return GoldTables.SCHOOL_WAIT_MONTHLY;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverTables.ENROLMENTS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return aggregate(context.table(SilverTables.ENROLMENTS), lit(java.sql.Date.valueOf(context.firstMonth())),
                context.asOfLit());
    }

    /** The gold rows of the months from {@code firstMonth} to the month of {@code asOf}, with ALL totals. */
    public static Dataset<Row> aggregate(Dataset<Row> enrolments, Column firstMonth, Column asOf) {
        Dataset<Row> waits = enrolments
                .where(col("school_application_date").isNotNull().and(col("start_date").leq(asOf)))
                .withColumn("month", trunc(col("start_date"), "month"))
                .where(col("month").geq(firstMonth))
                .withColumn("wait_days", datediff(col("start_date"), col("school_application_date")));
        return GoldAggregation.withTotals(waits, List.of("month"), List.of("gemeentecode", "onderwijssoort"),
                count(lit(1)).as("enrolments"),
                percentile(col("wait_days"), lit(0.5)).as("median_wait_days"),
                percentile(col("wait_days"), lit(0.9)).as("p90_wait_days"),
                count_if(col("wait_days").gt(LONG_WAIT_DAYS)).as("over_30_days"))
                .withColumn(Provisional.COLUMN, Provisional.partialMonth(col("month"), asOf));
    }
}
