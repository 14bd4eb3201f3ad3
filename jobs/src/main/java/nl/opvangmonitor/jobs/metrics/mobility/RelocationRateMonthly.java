package nl.opvangmonitor.jobs.metrics.mobility;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.AgeBands;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.GoldAggregation;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.MonthGrid;
import nl.opvangmonitor.jobs.metrics.facts.Moves;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * metrics.md, gold.relocation_rate_monthly: by month, category, amv and age band (minors), the
 * child-days in reception, the children present, the moves out of that category and moves per
 * 1,000 child-days (the US federal placement-stability indicator); and on month-end the minors
 * present by their category then, with those who had 3 or more moves in the 365 days ending on
 * month-end (the English looked-after-children statistics). Intake placements are no moves.
 */
public final class RelocationRateMonthly implements ComputedTable {

    /** Days of the window ending on month-end e: e − 364 .. e. */
    static final int WINDOW_DAYS = 365;

    private static final List<String> DIMS = List.of("category", "amv", "age_band");

    @Override
    public TableDef table() {
        return GoldTables.RELOCATION_RATE_MONTHLY;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverFactTables.MOVES, SilverFactTables.RESIDENCE_SEGMENTS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return rates(context.table(SilverFactTables.RESIDENCE_SEGMENTS), context.table(SilverFactTables.MOVES), MonthGrid.of(context));
    }

    /**
     * The table from the residence segments and the moves fact. Every part comes per cell where it
     * adds up over cells, so the grouping sets run over cells rather than persons; only persons in
     * several cells of a month are counted distinct (see {@link #presence}).
     */
    public static Dataset<Row> rates(Dataset<Row> segments, Dataset<Row> moves, MonthGrid grid) {
        Dataset<Row> realMoves = moves.where(not(col("intake")));
        Dataset<Row> facts = presence(childDays(segments, grid))
                .unionByName(movesOut(realMoves, grid), true)
                .unionByName(atMonthEnd(segments, realMoves, grid), true);
        Column days = coalesce(sum("child_days"), lit(0L));
        Column movesOut = coalesce(sum("moves_out"), lit(0L));
        Dataset<Row> gold = GoldAggregation.withTotals(facts, List.of("month"), DIMS,
                days.as("child_days"),
                coalesce(sum("single_cell_children"), lit(0L)).plus(count_distinct(col("child_id")))
                        .as("children_present"),
                movesOut.as("moves_out"),
                when(days.gt(0), movesOut.multiply(1000.0).divide(days)).as("moves_per_1000_days"),
                coalesce(sum("at_month_end"), lit(0L)).as("children_at_month_end"),
                coalesce(sum("three_plus_moves"), lit(0L)).as("children_3plus_moves_12m"));
        return grid.completeMonths(gold, GoldTables.RELOCATION_RATE_MONTHLY);
    }

    /**
     * Child-days per person, month, category, amv and age band: the minors' part of each segment cut
     * at month boundaries and at the 4th, 12th and 18th birthdays (interval arithmetic).
     */
    static Dataset<Row> childDays(Dataset<Row> segments, MonthGrid grid) {
        Column b4 = Dates.birthdayOf(col("birth_month"), 4);
        Column b12 = Dates.birthdayOf(col("birth_month"), 12);
        Column b18 = Dates.birthdayOf(col("birth_month"), 18);
        Column from = col("piece_start");
        Column to = col("piece_end");
        return grid.pieces(segments)
                .withColumn("band_days", array(
                        bandDays("0-3", from, least(to, b4)),
                        bandDays("4-11", greatest(from, b4), least(to, b12)),
                        bandDays("12-17", greatest(from, b12), least(to, b18))))
                .select(col("month"), col("category"), AgeBands.jn(col("amv")).as("amv"), col("child_id"),
                        explode(col("band_days")).as("b"))
                .where(col("b.days").gt(0))
                .groupBy(col("month"), col("category"), col("amv"), col("b.age_band").as("age_band"),
                        col("child_id"))
                .agg(sum("b.days").as("child_days"));
    }

    /**
     * Child-days per cell without a distinct count over every grouping set: a person whose days of
     * the month lie in one cell is counted once in that cell and adds up into every total
     * ({@code single_cell_children}); the few in several cells (a move between categories; bands
     * change only on the 1st, as birthdays do) keep their {@code child_id}, to be counted distinct.
     * Both parts are disjoint, so their sum is the number of distinct children in any total.
     */
    static Dataset<Row> presence(Dataset<Row> personCells) {
        Column cells = count(lit(1)).over(Window.partitionBy("month", "child_id"));
        return personCells.withColumn("cells", cells)
                .groupBy(col("month"), col("category"), col("amv"), col("age_band"),
                        when(col("cells").gt(1), col("child_id")).as("child_id"))
                .agg(sum("child_days").as("child_days"),
                        count_if(col("cells").equalTo(1)).as("single_cell_children"));
    }

    private static Column bandDays(String band, Column from, Column to) {
        return struct(lit(band).as("age_band"), greatest(datediff(to, from), lit(0)).cast("long").as("days"));
    }

    /** Moves out of each category per month, amv and age band on the move date. */
    static Dataset<Row> movesOut(Dataset<Row> realMoves, MonthGrid grid) {
        return grid.ofDate(realMoves, "move_date")
                .groupBy(col("month"), col("from_category").as("category"), AgeBands.jn(col("amv")).as("amv"),
                        AgeBands.band(col("age")).as("age_band"))
                .agg(count(lit(1)).as("moves_out"));
    }

    /**
     * Minors present on each month-end e per month, category, amv and age band on e, and those of
     * them with 3 or more moves dated e − 364 .. e.
     */
    static Dataset<Row> atMonthEnd(Dataset<Row> segments, Dataset<Row> realMoves, MonthGrid grid) {
        Dataset<Row> present = grid.atMonthEnds(segments)
                .withColumn("age", Dates.ageOn(col("birth_month"), col("month_end")))
                .where(col("age").lt(18))
                .select(col("month"), col("month_end"), col("category"), AgeBands.jn(col("amv")).as("amv"),
                        AgeBands.band(col("age")).as("age_band"), col("child_id"));
        Dataset<Row> moveDates = realMoves.select(col("child_id").as("mover"), col("move_date"));
        Column inWindow = col("mover").equalTo(col("child_id"))
                .and(col("move_date").leq(col("month_end")))
                .and(col("move_date").gt(date_sub(col("month_end"), WINDOW_DAYS)));
        // One row per person and month-end (segments do not overlap): the counts add up over cells.
        return present.join(moveDates, inWindow, "left")
                .groupBy("month", "category", "amv", "age_band", "child_id")
                .agg(count(col("move_date")).as("window_moves"))
                .groupBy("month", "category", "amv", "age_band")
                .agg(count(lit(1)).as("at_month_end"),
                        count_if(col("window_moves").geq(3)).as("three_plus_moves"));
    }
}
