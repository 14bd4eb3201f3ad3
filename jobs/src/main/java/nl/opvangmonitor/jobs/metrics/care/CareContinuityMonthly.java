package nl.opvangmonitor.jobs.metrics.care;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.AgeBands;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.GoldAggregation;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.MonthGrid;
import nl.opvangmonitor.jobs.metrics.Provisional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * metrics.md, gold.care_continuity_monthly: (care-relevant move, active trajectory) pairs by month
 * of the move, soort, from category and amv, counted per outcome on as_of, with the median gap of
 * transfers and the interruptions whose trajectory ended with {@code VOORTIJDIG_EXTERN}. The pairs
 * and their outcomes are {@link CareMoveOutcomes}.
 */
public final class CareContinuityMonthly implements ComputedTable {
    /** The end reason of the youth-care statistics for "ended early by external circumstances". */
    static final String EXTERNAL_END = "VOORTIJDIG_EXTERN";

    @Override
    public TableDef table() {
        return GoldTables.CARE_CONTINUITY_MONTHLY;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverFactTables.CARE_MOVE_OUTCOMES);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return monthly(context.table(SilverFactTables.CARE_MOVE_OUTCOMES), MonthGrid.of(context))
                .withColumn(Provisional.COLUMN, provisional(col("month"), context.asOfLit()));
    }

    /**
     * metrics.md, "Provisional": a month with pending pairs. A pair is decided by R + 30 (continued)
     * or E + 30 with E <= R + 30, so a month can hold pending pairs until 60 days after its last day;
     * the calendar rule covers every month with pending pairs, and does not reveal a hidden
     * {@code pending} of 0 as a data-driven flag would.
     */
    public static Column provisional(Column month, Column asOf) {
        return Provisional.until(date_add(last_day(month), 2 * CareMoveOutcomes.FOLLOW_UP_DAYS), asOf);
    }

    /**
     * Pairs aggregated per month of the move on the month grid, with ALL totals; the grid's provisional
     * flag (the partial month only) is for {@link #compute} to replace with {@link #provisional}.
     */
    public static Dataset<Row> monthly(Dataset<Row> outcomes, MonthGrid grid) {
        Dataset<Row> facts = grid.ofDate(outcomes, "move_date")
                .withColumn("amv", AgeBands.jn(col("amv")));
        Dataset<Row> gold = GoldAggregation.withTotals(facts, List.of("month"),
                List.of("soort", "from_category", "amv"),
                count(lit(1)).as("pairs"),
                countOf(CareOutcome.CONTINUED).as("continued"),
                countOf(CareOutcome.TRANSFERRED).as("transferred"),
                countOf(CareOutcome.INTERRUPTED).as("interrupted"),
                countOf(CareOutcome.PENDING).as("pending"),
                percentile(col("gap_days"), lit(0.5)).as("median_transfer_gap_days"),
                count_if(isOutcome(CareOutcome.INTERRUPTED).and(col("end_reason").equalTo(EXTERNAL_END)))
                        .as("interrupted_external"));
        return grid.completeMonths(gold, GoldTables.CARE_CONTINUITY_MONTHLY);
    }

    private static Column isOutcome(CareOutcome outcome) {
        return col("outcome").equalTo(outcome.name());
    }

    private static Column countOf(CareOutcome outcome) {
        return count_if(isOutcome(outcome));
    }
}
