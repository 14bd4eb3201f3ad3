package nl.opvangmonitor.jobs.metrics.mobility;

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
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * metrics.md, gold.relocations_monthly: minors' moves by month, from category, to category,
 * reden and amv: {@code moves}, {@code children_moved} (distinct persons); intake placements (out
 * of an AANMELDCENTRUM) are no moves and are counted apart in {@code intake_placements}.
 */
public final class RelocationsMonthly implements ComputedTable {

    @Override
    public TableDef table() {
        return GoldTables.RELOCATIONS_MONTHLY;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverFactTables.MOVES);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return relocations(context.table(SilverFactTables.MOVES), MonthGrid.of(context));
    }

    /** The table from the moves fact (which already holds minors' relocations only, intake flagged). */
    public static Dataset<Row> relocations(Dataset<Row> moves, MonthGrid grid) {
        Dataset<Row> facts = grid.ofDate(moves, "move_date")
                .select(col("month"), col("from_category"), col("to_category"), col("reason").as("reden"),
                        AgeBands.jn(col("amv")).as("amv"), col("child_id"), col("intake"));
        Column move = not(col("intake"));
        Dataset<Row> gold = GoldAggregation.withTotals(facts, List.of("month"),
                List.of("from_category", "to_category", "reden", "amv"),
                count_if(move).as("moves"),
                count_distinct(when(move, col("child_id"))).as("children_moved"),
                count_if(col("intake")).as("intake_placements"));
        return grid.completeMonths(gold, GoldTables.RELOCATIONS_MONTHLY);
    }
}
