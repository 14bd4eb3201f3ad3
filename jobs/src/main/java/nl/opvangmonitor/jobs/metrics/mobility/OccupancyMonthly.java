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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * metrics.md, gold.occupancy_monthly: persons present on each month-end e by category,
 * opvangvorm, provincie, amv and age band on e: {@code 0-3}, {@code 4-11}, {@code 12-17} for
 * minors, {@code 18+} only for amv persons aged 18 or more; adults who were not amv are not counted.
 */
public final class OccupancyMonthly implements ComputedTable {

    @Override
    public TableDef table() {
        return GoldTables.OCCUPANCY_MONTHLY;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverFactTables.RESIDENCE_SEGMENTS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return occupancy(context.table(SilverFactTables.RESIDENCE_SEGMENTS), MonthGrid.of(context));
    }

    /** The table from the residence segments. */
    public static Dataset<Row> occupancy(Dataset<Row> segments, MonthGrid grid) {
        Dataset<Row> present = grid.atMonthEnds(segments)
                .withColumn("age", Dates.ageOn(col("birth_month"), col("month_end")))
                .where(col("age").lt(18).or(col("amv")))
                .select(col("month_end"), col("category"), col("opvangvorm"), col("provincie"),
                        AgeBands.jn(col("amv")).as("amv"), AgeBands.band(col("age")).as("age_band"));
        List<String> dims = List.of("category", "opvangvorm", "provincie", "amv", "age_band");
        // Segments of a person do not overlap: one row per person and month-end, so persons add up over
        // cells and the totals can be summed from per-cell counts (32 grouping sets over cells, not persons).
        Dataset<Row> cells = present.groupBy("month_end", dims.toArray(String[]::new))
                .agg(count(lit(1)).as("present"));
        Dataset<Row> gold = GoldAggregation.withTotals(cells, List.of("month_end"), dims,
                sum("present").as("persons"));
        return grid.completeMonths(gold, GoldTables.OCCUPANCY_MONTHLY);
    }
}
