package nl.opvangmonitor.jobs.metrics.locations;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.GoldAggregation;
import nl.opvangmonitor.jobs.metrics.InReception;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * metrics.md, gold.location_compliance: each location's latest inventory with peildatum <= as_of,
 * by category, with the minors present on as_of and the share of locations meeting each of the ten
 * criteria (0..100, full precision). A location counts when it is open on as_of, or when minors
 * are still present there although its closing date has passed: a closed location's inventory says
 * nothing about where children are now, unless they still are (docs/metrics-care-locations.md).
 */
public final class LocationCompliance implements ComputedTable {
    /** Category of an inventoried location code that is unknown in silver.locations. */
    static final String UNKNOWN_CATEGORY = "ONBEKEND";

    @Override
    public TableDef table() {
        return GoldTables.LOCATION_COMPLIANCE;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverTables.LOCATIONS, SilverTables.LOCATION_INVENTORY, SilverFactTables.RESIDENCE_SEGMENTS);
    }

    @Override
    public boolean accumulates() {
        return true;
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        Dataset<Row> located = inventoriedLocations(context.table(SilverTables.LOCATION_INVENTORY),
                context.table(SilverTables.LOCATIONS), context.table(SilverFactTables.RESIDENCE_SEGMENTS), context.asOfLit());
        return compliance(located, context.asOfLit());
    }

    /**
     * One row per counted location: its latest inventory up to {@code asOf} (the ten criteria),
     * {@code category}, {@code minors} present on as_of and {@code all_hard_met}.
     */
    public static Dataset<Row> inventoriedLocations(Dataset<Row> inventory, Dataset<Row> locations,
                                                    Dataset<Row> segments, Column asOf) {
        Dataset<Row> latest = LatestUpTo.rows(inventory, "location_code", "inventory_date", asOf);
        Dataset<Row> minors = InReception.minorsOn(segments, asOf)
                .groupBy("location_code").agg(countDistinct("child_id").as("minors"));
        Column openOnAsOf = col("open_date").leq(asOf)
                .and(col("close_date").isNull().or(col("close_date").gt(asOf)));
        Column allHard = SilverTables.HARD_CRITERIA.stream().map(c -> col(c)).reduce(Column::and).orElseThrow();
        return latest
                .join(broadcast(locations.select("location_code", "category", "open_date", "close_date")),
                        new String[] {"location_code"}, "left")
                .join(minors, new String[] {"location_code"}, "left")
                .withColumn("minors", coalesce(col("minors"), lit(0L)))
                .withColumn("category", coalesce(col("category"), lit(UNKNOWN_CATEGORY)))
                .where(coalesce(openOnAsOf, lit(true)).or(col("minors").gt(0)))
                .withColumn("all_hard_met", allHard);
    }

    /** The counted locations aggregated by category, with the ALL total. */
    static Dataset<Row> compliance(Dataset<Row> located, Column asOf) {
        List<Column> aggregates = new ArrayList<>(List.of(
                count(lit(1)).as("locations"),
                count_if(col("minors").gt(0)).as("locations_with_minors"),
                count_if(col("all_hard_met")).as("locations_all_hard_met"),
                sum(when(not(col("all_hard_met")), col("minors")).otherwise(lit(0L)))
                        .as("minors_at_locations_failing_hard")));
        List<String> criteria = new ArrayList<>(SilverTables.HARD_CRITERIA);
        criteria.addAll(SilverTables.SOFT_CRITERIA);
        criteria.forEach(c -> aggregates.add(percentMeeting(col(c)).as("pct_" + c)));
        return GoldAggregation.withTotals(located.withColumn("as_of", asOf), List.of("as_of"), List.of("category"),
                aggregates.toArray(Column[]::new));
    }

    /** Share of rows where the criterion holds, 0..100. */
    public static Column percentMeeting(Column criterion) {
        return avg(when(criterion, lit(100.0)).otherwise(lit(0.0)));
    }
}
