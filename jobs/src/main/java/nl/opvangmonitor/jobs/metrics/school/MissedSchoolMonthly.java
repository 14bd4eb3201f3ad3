package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.AgeBands;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.GoldAggregation;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.MonthGrid;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * metrics.md, gold.missed_school_monthly: per month, category, provincie, amv and age band on the
 * day, the linked school-age children in reception, those who missed school days, the missed
 * school days by cause (INITIAL, RELOCATION, OTHER), the relocation gaps starting in the month and
 * the children with one, and the unlinked children who cannot be measured. A plain aggregation of
 * {@link SchoolDaysMonthly} over the reporting months.
 */
public final class MissedSchoolMonthly implements ComputedTable {

    static final List<String> DIMS = List.of("category", "provincie", "amv", "age_band");

    @Override
    public TableDef table() {
        return GoldTables.MISSED_SCHOOL_MONTHLY;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverFactTables.SCHOOL_DAYS_MONTHLY);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        Dataset<Row> gold = aggregate(context.table(SilverFactTables.SCHOOL_DAYS_MONTHLY), MonthGrid.of(context))
                .withColumn("school_days", lit(context.schoolCalendar().label()));
        return gold.select(table().columnNames().stream().map(name -> col(name)).toArray(Column[]::new));
    }

    /**
     * The gold rows of every month of the grid (a month without school-age children reads 0), with
     * ALL totals, counting a child once in a total cell even when it has several rows there (two
     * locations or both age bands in a month). Children with one row in the month are aggregated
     * directly; only the others are first combined per child and total cell. This avoids
     * count(distinct) over grouping sets, which multiplies the rows by the number of distinct
     * aggregates and spilled at national scale.
     */
    public static Dataset<Row> aggregate(Dataset<Row> monthly, MonthGrid grid) {
        // A fact month is dated on its first day: the facts of months before the grid fall off here.
        Dataset<Row> facts = grid.ofDate(monthly, "month")
                .withColumn("amv", AgeBands.jn(col("amv")))
                .withColumn("__rows_in_month", count(lit(1)).over(Window.partitionBy("child_id", "month")));
        Dataset<Row> oneRow = GoldAggregation.withTotals(facts.where(col("__rows_in_month").equalTo(1)),
                List.of("month"), DIMS, perChildAggregates());
        Dataset<Row> perChild = GoldAggregation.withTotals(facts.where(col("__rows_in_month").gt(1)),
                List.of("month", "child_id"), DIMS,
                max(col("linked")).as("linked"),
                sum("missed_days_initial").as("missed_days_initial"),
                sum("missed_days_relocation").as("missed_days_relocation"),
                sum("missed_days_other").as("missed_days_other"),
                sum("relocation_gaps").as("relocation_gaps"));
        Dataset<Row> severalRows = byCell(perChild, perChildAggregates());
        Column[] sums = Stream.of(oneRow.columns()).filter(c -> !c.equals("month") && !DIMS.contains(c))
                .map(c -> sum(c).as(c)).toArray(Column[]::new);
        Dataset<Row> gold = byCell(oneRow.unionByName(severalRows), sums);
        return grid.completeMonths(gold, GoldTables.MISSED_SCHOOL_MONTHLY);
    }

    /** {@code aggregates} per month and cell of already totalled rows. */
    private static Dataset<Row> byCell(Dataset<Row> rows, Column... aggregates) {
        List<Column> cell = new ArrayList<>(List.of(col("month")));
        DIMS.forEach(d -> cell.add(col(d)));
        return rows.groupBy(cell.toArray(Column[]::new))
                .agg(aggregates[0], Arrays.copyOfRange(aggregates, 1, aggregates.length));
    }

    /** The gold columns over rows that each hold one child's days in one cell. */
    private static Column[] perChildAggregates() {
        Column linked = col("linked");
        Column missedDays = col("missed_days_initial").plus(col("missed_days_relocation"))
                .plus(col("missed_days_other"));
        return new Column[] {
                count_if(linked).as("school_age_children"),
                count_if(linked.and(missedDays.gt(0))).as("children_missing"),
                sum("missed_days_initial").as("missed_days_initial"),
                sum("missed_days_relocation").as("missed_days_relocation"),
                sum("missed_days_other").as("missed_days_other"),
                sum("relocation_gaps").as("relocation_gaps"),
                count_if(col("relocation_gaps").gt(0)).as("children_with_relocation_gap"),
                count_if(not(linked)).as("unlinked_children")};
    }
}
