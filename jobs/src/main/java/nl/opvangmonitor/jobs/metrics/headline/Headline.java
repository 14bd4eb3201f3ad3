package nl.opvangmonitor.jobs.metrics.headline;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.contract.Vocabulary;
import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.InReception;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.care.CareOutcome;
import nl.opvangmonitor.jobs.metrics.facts.Moves;
import nl.opvangmonitor.jobs.metrics.locations.LocationCompliance;
import nl.opvangmonitor.jobs.metrics.school.SchoolStatus;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * metrics.md, gold.headline: one row per as_of (kept across runs, so the figures can be shown over
 * time), every figure computed from the silver facts directly, with the base count of each
 * statistic beside it. "The last 12 months" are the 365 days ending on as_of.
 */
public final class Headline implements ComputedTable {
    static final int YEAR_DAYS = 365;
    /** The 6-month maximum of the emergency-reception requirements. */
    static final int EMERGENCY_MAX_DAYS = 183;
    static final String AMV_OPVANGVORM = "AMV";

    @Override
    public TableDef table() {
        return GoldTables.HEADLINE;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverTables.LOCATIONS,
                SilverTables.LOCATION_INVENTORY,
                SilverTables.PERSONS,
                SilverFactTables.CARE_MOVE_OUTCOMES,
                SilverFactTables.EMERGENCY_SPELLS,
                SilverFactTables.MOVES,
                SilverFactTables.RESIDENCE_SEGMENTS,
                SilverFactTables.SCHOOL_ACCESS_FACTS);
    }

    @Override
    public boolean accumulates() {
        return true;
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        Column asOf = context.asOfLit();
        Dataset<Row> segments = context.table(SilverFactTables.RESIDENCE_SEGMENTS);
        return presence(segments, asOf)
                .crossJoin(emergency(context.table(SilverFactTables.EMERGENCY_SPELLS), asOf))
                .crossJoin(school(context.table(SilverFactTables.SCHOOL_ACCESS_FACTS), context.table(SilverTables.PERSONS), asOf))
                .crossJoin(mobility(context.table(SilverFactTables.MOVES), segments, asOf))
                .crossJoin(care(context.table(SilverFactTables.CARE_MOVE_OUTCOMES), asOf))
                .crossJoin(participation(LocationCompliance.inventoriedLocations(
                        context.table(SilverTables.LOCATION_INVENTORY), context.table(SilverTables.LOCATIONS),
                        segments, asOf)))
                .withColumn("as_of", asOf)
                .withColumn("run_id", lit(context.runId()));
    }

    /** First day of the last 12 months: as_of − 364. */
    static Column yearStart(Column asOf) {
        return date_sub(asOf, YEAR_DAYS - 1);
    }

    /** Whether {@code day} lies in the 365 days ending on as_of. */
    static Column inLastYear(Column day, Column asOf) {
        return day.between(yearStart(asOf), asOf);
    }

    /** numerator / denominator × {@code scale}; null when the denominator is 0. */
    static Column ratio(Column numerator, Column denominator, double scale) {
        return try_divide(numerator.multiply(scale), denominator);
    }

    /** Who is in reception on as_of: minors by category and amv, amv adults in amv reception, linked share. */
    static Dataset<Row> presence(Dataset<Row> segments, Column asOf) {
        Column minor = col("age").lt(18);
        Column amv = col("amv");
        Column turns18 = Dates.birthdayOf(col("birth_month"), 18);
        return InReception.on(segments, asOf).agg(
                count_if(minor).as("minors_in_reception"),
                count_if(minor.and(col("category").equalTo(Vocabulary.NOODOPVANG))).as("in_noodopvang"),
                count_if(minor.and(col("category").equalTo(Vocabulary.CRISISNOODOPVANG))).as("in_crisisnoodopvang"),
                count_if(minor.and(amv)).as("amv_minors"),
                count_if(not(minor).and(amv).and(col("opvangvorm").equalTo(AMV_OPVANGVORM)))
                        .as("amv_18plus_in_amv_reception"),
                count_if(minor.and(amv).and(turns18.leq(date_add(asOf, YEAR_DAYS))))
                        .as("amv_turning_18_next_365d"),
                ratio(count_if(minor.and(col("bsn_id").isNotNull())), count_if(minor), 100.0).as("linked_share"));
    }

    /**
     * Minors' ongoing emergency spells on as_of (silver.emergency_spells, as gold.emergency_stay_monthly
     * counts them on a month-end): how many, their mean length, how many over 183 days.
     */
    static Dataset<Row> emergency(Dataset<Row> spells, Column asOf) {
        return spells.where(col("ongoing").and(Dates.ageOn(col("birth_month"), asOf).lt(18))).agg(
                count(lit(1)).as("ongoing_emergency_spells"),
                avg("days").as("mean_ongoing_emergency_days"),
                count_if(col("days").gt(EMERGENCY_MAX_DAYS)).as("ongoing_emergency_over_183_days"));
    }

    /**
     * From silver.school_access_facts: OVERDUE children still in reception (and still minors) on
     * as_of, and the share in time over the cohorts whose deadline fell in the last 12 months:
     * in_time / (in_time + late + overdue).
     */
    static Dataset<Row> school(Dataset<Row> facts, Dataset<Row> persons, Column asOf) {
        Dataset<Row> statuses = facts.join(persons.select("child_id", "birth_month"), "child_id");
        Column status = col("status");
        Column decided = status.isin(SchoolStatus.ENROLLED_IN_TIME.name(), SchoolStatus.ENROLLED_LATE.name(),
                SchoolStatus.OVERDUE.name()).and(inLastYear(col("deadline"), asOf));
        Column minorOnAsOf = Dates.ageOn(col("birth_month"), asOf).lt(18);
        return statuses.agg(
                count_if(status.equalTo(SchoolStatus.OVERDUE.name()).and(col("in_reception_on_as_of"))
                        .and(minorOnAsOf)).as("overdue_school"),
                count_if(decided).as("school_decided_last_12m"),
                ratio(count_if(decided.and(status.equalTo(SchoolStatus.ENROLLED_IN_TIME.name()))), count_if(decided),
                        100.0).as("pct_in_time_last_12m"));
    }

    /** Moves in the last 12 months and their rate per 1,000 child-days of minors in reception then. */
    static Dataset<Row> mobility(Dataset<Row> moves, Dataset<Row> segments, Column asOf) {
        Dataset<Row> moveCount = moves.agg(count_if(not(col("intake")).and(inLastYear(col("move_date"), asOf)))
                .as("moves_last_12m"));
        Dataset<Row> days = minorDaysInLastYear(segments, asOf).agg(
                sum("days").as("child_days"),
                countDistinct("child_id").as("children_present_last_12m"));
        return moveCount.crossJoin(days)
                .withColumn("moves_per_1000_days_last_12m", ratio(col("moves_last_12m"), col("child_days"), 1000.0))
                .drop("child_days");
    }

    /**
     * Per segment overlapping the last 12 months while the person was a minor: its {@code days}
     * in [as_of − 364, as_of] before the 18th birthday (interval arithmetic, no day rows).
     */
    static Dataset<Row> minorDaysInLastYear(Dataset<Row> segments, Column asOf) {
        Column from = greatest(col("seg_start"), yearStart(asOf));
        Column to = least(col("seg_end"), date_add(asOf, 1), Dates.birthdayOf(col("birth_month"), 18));
        return segments.withColumn("days", datediff(to, from)).where(col("days").gt(0));
    }

    /** INTERRUPTED care pairs whose move fell in the last 12 months. */
    static Dataset<Row> care(Dataset<Row> outcomes, Column asOf) {
        return outcomes.agg(count_if(col("outcome").equalTo(CareOutcome.INTERRUPTED.name())
                .and(inLastYear(col("move_date"), asOf))).as("care_interrupted_last_12m"));
    }

    /** The locations of the latest inventories and the share organising participation (0..100). */
    static Dataset<Row> participation(Dataset<Row> inventoriedLocations) {
        return inventoriedLocations.agg(
                count(lit(1)).as("inventoried_locations"),
                LocationCompliance.percentMeeting(col("participation")).as("pct_locations_participation"));
    }
}
