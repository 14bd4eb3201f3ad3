package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.GoldAggregation;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.MonthGrid;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * metrics.md, gold.school_wait_monthly: enrolments with an application date (datum_aanmelding), by
 * month of inschrijving, school gemeentecode and onderwijssoort: how many, median and p90 wait
 * (inschrijving − aanmelding, in days) and how many waited over 30 days. All delivered enrolments
 * starting on or before as_of count, linked to a person or not (the DUO extract holds children in
 * reception only). Every month of the {@link MonthGrid} has rows, a month without enrolments a zero total.
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
        return aggregate(context.table(SilverTables.ENROLMENTS), MonthGrid.of(context));
    }

    /**
     * The gold rows of every month of the grid, with ALL totals: enrolments fall in the month of their
     * inschrijving, those before the first month or after as_of in none, and a month without any reads 0.
     */
    public static Dataset<Row> aggregate(Dataset<Row> enrolments, MonthGrid grid) {
        Dataset<Row> waits = grid.ofDate(enrolments.where(col("school_application_date").isNotNull()), "start_date")
                .withColumn("wait_days", datediff(col("start_date"), col("school_application_date")));
        Dataset<Row> gold = GoldAggregation.withTotals(waits, List.of("month"),
                List.of("gemeentecode", "onderwijssoort"),
                count(lit(1)).as("enrolments"),
                percentile(col("wait_days"), lit(0.5)).as("median_wait_days"),
                percentile(col("wait_days"), lit(0.9)).as("p90_wait_days"),
                count_if(col("wait_days").gt(LONG_WAIT_DAYS)).as("over_30_days"));
        return grid.completeMonths(gold, GoldTables.SCHOOL_WAIT_MONTHLY);
    }
}
