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
import nl.opvangmonitor.jobs.metrics.facts.EmergencySpells;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * metrics.md, gold.emergency_stay_monthly: per month-end e, category, provincie and amv, the
 * emergency spells ongoing on e of minors on e (by the category and provincie on e; length
 * e − spell start + 1; a one-day hole inside a spell does not interrupt it) and the spells ended
 * in the month (first day out in the month) of persons who were minors on the spell's last day (by
 * the last day's category and provincie; length last day − start + 1). "Over 183 days" is strictly
 * more than 183 days (the 6-month maximum), likewise 365.
 */
public final class EmergencyStayMonthly implements ComputedTable {

    /** The 6-month maximum stay in emergency reception, in days; a spell is over it at 184 days. */
    static final int MAX_DAYS = 183;
    static final int YEAR_DAYS = 365;

    @Override
    public TableDef table() {
        return GoldTables.EMERGENCY_STAY_MONTHLY;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverFactTables.EMERGENCY_SPELLS, SilverFactTables.RESIDENCE_SEGMENTS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return emergencyStays(context.table(SilverFactTables.RESIDENCE_SEGMENTS), context.table(SilverFactTables.EMERGENCY_SPELLS),
                MonthGrid.of(context));
    }

    /** The table from the residence segments and the spells built from them. */
    public static Dataset<Row> emergencyStays(Dataset<Row> segments, Dataset<Row> spells, MonthGrid grid) {
        // Spells with the same cell, state and length are counted once with a weight, so the grouping
        // sets run over lengths, not spells; weighted mean and percentile stay exact.
        Dataset<Row> lengths = ongoing(segments, spells, grid).unionByName(ended(spells, grid))
                .groupBy("month_end", "category", "provincie", "amv", "ongoing", "days")
                .agg(count(lit(1)).as("spells"));
        Column isOngoing = col("ongoing");
        Column isEnded = not(col("ongoing"));
        Dataset<Row> gold = GoldAggregation.withTotals(lengths, List.of("month_end"),
                List.of("category", "provincie", "amv"),
                spellCount(isOngoing).as("ongoing_spells"),
                meanDays(isOngoing).as("mean_ongoing_days"),
                medianDays(isOngoing).as("median_ongoing_days"),
                spellCount(isOngoing.and(col("days").gt(MAX_DAYS))).as("ongoing_over_183_days"),
                spellCount(isOngoing.and(col("days").gt(YEAR_DAYS))).as("ongoing_over_365_days"),
                spellCount(isEnded).as("ended_spells"),
                meanDays(isEnded).as("mean_ended_days"),
                medianDays(isEnded).as("median_ended_days"),
                spellCount(isEnded.and(col("days").gt(MAX_DAYS))).as("ended_over_183_days"));
        return grid.completeMonths(gold, GoldTables.EMERGENCY_STAY_MONTHLY);
    }

    /** Number of spells (weights) in the group that meet {@code condition}. */
    private static Column spellCount(Column condition) {
        return coalesce(sum(when(condition, col("spells"))), lit(0L));
    }

    /** Mean length of the spells meeting {@code condition}; null when there are none. */
    private static Column meanDays(Column condition) {
        Column n = sum(when(condition, col("spells")));
        return when(n.gt(0), sum(when(condition, col("days").multiply(col("spells")))).divide(n));
    }

    /** Exact median length (linear interpolation) of the spells meeting {@code condition}, by weight. */
    private static Column medianDays(Column condition) {
        return percentile(when(condition, col("days")), lit(0.5), col("spells"));
    }

    /**
     * Spells ongoing on each month-end e (spell start <= e < first day out) of persons who are
     * minors on e. The category and provincie on e are those of the spell's segment covering e; on
     * a one-day hole inside the spell, those of the segment before the hole.
     */
    static Dataset<Row> ongoing(Dataset<Row> segments, Dataset<Row> spells, MonthGrid grid) {
        WindowSpec inSpell = Window.partitionBy("child_id", "spell_start").orderBy("seg_start");
        Dataset<Row> holesClosed = segments
                .where(EmergencySpells.isEmergency(col("category")))
                .select("child_id", "seg_start", "seg_end", "category", "provincie", "birth_month", "amv")
                .join(spells.select("child_id", "spell_start", "spell_end"), "child_id")
                .where(col("seg_start").geq(col("spell_start")).and(col("seg_start").lt(col("spell_end"))))
                .withColumn("seg_end", coalesce(lead("seg_start", 1).over(inSpell), col("seg_end")));
        return grid.atMonthEnds(holesClosed)
                .where(Dates.ageOn(col("birth_month"), col("month_end")).lt(18))
                .select(col("month_end"), col("category"), col("provincie"), AgeBands.jn(col("amv")).as("amv"),
                        lit(true).as("ongoing"),
                        datediff(col("month_end"), col("spell_start")).plus(1).as("days"));
    }

    /** Spells whose first day out falls in a reporting month, of persons who were minors on the last day. */
    static Dataset<Row> ended(Dataset<Row> spells, MonthGrid grid) {
        return grid.ofDate(spells.where(not(col("ongoing"))), "spell_end")
                .where(Dates.ageOn(col("birth_month"), date_sub(col("spell_end"), 1)).lt(18))
                .select(col("month_end"), col("last_category").as("category"),
                        col("last_provincie").as("provincie"), AgeBands.jn(col("amv")).as("amv"),
                        lit(false).as("ongoing"), col("days"));
    }
}
