package nl.opvangmonitor.jobs.metrics.facts;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Where each person was on every day up to as_of, as non-overlapping intervals: the shared
 * per-child fact behind every metric that asks "in reception on d, and where" (metrics.md, Common
 * terms: "Stay covers d", "In reception on d"). An open stay runs through as_of; where two stays
 * of a person overlap, the one with the later instroom wins for the overlapping days. Each
 * segment carries its location's category, opvangvorm, gemeente and provincie and the person's
 * attributes, so metrics need no further joins. Intervals are half-open: {@code [seg_start, seg_end)}.
 */
public final class ResidenceSegments implements ComputedTable {

    @Override
    public TableDef table() {
        return SilverFactTables.RESIDENCE_SEGMENTS;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverTables.LOCATIONS, SilverTables.PERSONS, SilverTables.STAYS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return segments(context.table(SilverTables.STAYS), context.table(SilverTables.LOCATIONS),
                context.table(SilverTables.PERSONS), context.asOfLit());
    }

    /** The segments of {@code stays} up to and including {@code asOf}, with location and person attributes. */
    public static Dataset<Row> segments(Dataset<Row> stays, Dataset<Row> locations, Dataset<Row> persons,
                                        Column asOf) {
        Dataset<Row> clipped = clip(stays, asOf);
        Dataset<Row> elementary = elementaryIntervals(clipped);
        Dataset<Row> winners = winningStays(elementary, clipped);
        Dataset<Row> merged = mergeAdjacent(winners);
        Dataset<Row> located = merged.join(broadcast(locations.select("location_code", "category", "opvangvorm",
                "gemeentecode", "provincie")), "location_code");
        return located.join(persons.select("child_id", "birth_month", "amv", "bsn_id", "application_date"),
                "child_id");
    }

    /** Stays as half-open intervals cut off after as_of; stays that cover no day up to as_of drop out. */
    static Dataset<Row> clip(Dataset<Row> stays, Column asOf) {
        Column dayAfterAsOf = date_add(asOf, 1);
        return stays
                .where(col("start_date").leq(asOf))
                .select(col("child_id"), col("location_code"), col("start_date").as("stay_start"),
                        least(coalesce(col("end_date"), dayAfterAsOf), dayAfterAsOf).as("stay_end"),
                        col("end_date").isNull().or(col("end_date").gt(asOf)).as("stay_open"))
                .where(col("stay_end").gt(col("stay_start")));
    }

    /** Per person, the intervals between consecutive stay boundaries (starts and ends). */
    static Dataset<Row> elementaryIntervals(Dataset<Row> clipped) {
        Dataset<Row> bounds = clipped.select(col("child_id"), col("stay_start").as("b"))
                .union(clipped.select(col("child_id"), col("stay_end").as("b")))
                .distinct();
        WindowSpec byPerson = Window.partitionBy("child_id").orderBy("b");
        return bounds.withColumn("next_b", lead("b", 1).over(byPerson)).where(col("next_b").isNotNull());
    }

    /** For each elementary interval, the covering stay with the latest instroom (ties: highest location code). */
    static Dataset<Row> winningStays(Dataset<Row> elementary, Dataset<Row> clipped) {
        Dataset<Row> covering = elementary.as("e").join(clipped.as("s"),
                col("e.child_id").equalTo(col("s.child_id"))
                        .and(col("s.stay_start").leq(col("e.b")))
                        .and(col("s.stay_end").geq(col("e.next_b"))));
        WindowSpec latestFirst = Window.partitionBy(col("e.child_id"), col("e.b"))
                .orderBy(col("s.stay_start").desc(), col("s.location_code").desc());
        return covering
                .withColumn("rank", row_number().over(latestFirst))
                .where(col("rank").equalTo(1))
                .select(col("e.child_id").as("child_id"), col("s.location_code").as("location_code"),
                        col("s.stay_start").as("stay_start"), col("s.stay_open").as("stay_open"),
                        col("e.b").as("seg_start"), col("e.next_b").as("seg_end"));
    }

    /** Gaps and islands: adjacent intervals of the same stay become one segment. */
    static Dataset<Row> mergeAdjacent(Dataset<Row> winners) {
        WindowSpec byPerson = Window.partitionBy("child_id").orderBy("seg_start");
        Column continues = lag("seg_end", 1).over(byPerson).equalTo(col("seg_start"))
                .and(lag("stay_start", 1).over(byPerson).equalTo(col("stay_start")))
                .and(lag("location_code", 1).over(byPerson).equalTo(col("location_code")));
        Dataset<Row> flagged = winners.withColumn("new_island",
                when(coalesce(continues, lit(false)), lit(0)).otherwise(lit(1)));
        Dataset<Row> islands = flagged.withColumn("island",
                sum("new_island").over(byPerson.rowsBetween(Window.unboundedPreceding(), Window.currentRow())));
        return islands.groupBy("child_id", "island", "location_code", "stay_start")
                .agg(min("seg_start").as("seg_start"), max("seg_end").as("seg_end"),
                        max("stay_open").as("stay_open"))
                .drop("island");
    }
}
