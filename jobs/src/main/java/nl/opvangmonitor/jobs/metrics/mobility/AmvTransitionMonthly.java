package nl.opvangmonitor.jobs.metrics.mobility;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.GoldAggregation;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.MonthGrid;
import nl.opvangmonitor.jobs.metrics.Provisional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * metrics.md, gold.amv_transition_monthly: amv persons whose 18th birthday B falls in the month
 * while in reception on B, by month, category and provincie on B: {@code turned_18} and the
 * persons with each outcome known so far. A month is {@code final} when every B in it has
 * B + 90 <= as_of; before that its outcome counts can still grow.
 */
public final class AmvTransitionMonthly implements ComputedTable {

    /** Days after B until every outcome of the month is known. */
    static final int OUTCOME_DAYS = 90;

    @Override
    public TableDef table() {
        return GoldTables.AMV_TRANSITION_MONTHLY;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverFactTables.AMV_TRANSITIONS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return transitions(context.table(SilverFactTables.AMV_TRANSITIONS), MonthGrid.of(context));
    }

    /** The table from the amv transitions fact. */
    public static Dataset<Row> transitions(Dataset<Row> amvTransitions, MonthGrid grid) {
        Dataset<Row> facts = grid.ofDate(amvTransitions, "birthday_18");
        Dataset<Row> gold = GoldAggregation.withTotals(facts, List.of("month"), List.of("category", "provincie"),
                count(lit(1)).as("turned_18"),
                count_if(col("in_amv_reception_after_30d")).as("in_amv_reception_after_30d"),
                count_if(col("moved_province_within_90d")).as("moved_province_within_90d"),
                count_if(col("left_school_within_30d")).as("left_school_within_30d"));
        // Every B is the first day of a month (ages count from the first day of the birth month), so
        // "every B of the month has B + 90 <= as_of" is "month + 90 <= as_of", known for empty months too.
        // Provisional is "not final" (metrics.md), which covers the partial month of as_of too.
        return grid.completeMonths(gold, GoldTables.AMV_TRANSITION_MONTHLY)
                .withColumn("final", date_add(col("month"), OUTCOME_DAYS).leq(grid.asOf()))
                .withColumn(Provisional.COLUMN, not(col("final")));
    }
}
