package nl.opvangmonitor.jobs.metrics.mobility;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.GoldAggregation;
import nl.opvangmonitor.jobs.metrics.Islands;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.MonthGrid;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * metrics.md, gold.municipality_monthly: per month-end and gemeentecode of the location, the
 * school-age minors present on month-end, and the school-age minors whose stay in the municipality
 * starts (arrivals) or ends (departures, by the first day out) in the month. A stay in a
 * municipality runs over consecutive segments in it, with at most one day between them, so a
 * move within the municipality is neither an arrival nor a departure.
 */
public final class MunicipalityMonthly implements ComputedTable {

    @Override
    public TableDef table() {
        return GoldTables.MUNICIPALITY_MONTHLY;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverFactTables.RESIDENCE_SEGMENTS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return municipalities(context.table(SilverFactTables.RESIDENCE_SEGMENTS), MonthGrid.of(context));
    }

    /** The table from the residence segments. */
    public static Dataset<Row> municipalities(Dataset<Row> segments, MonthGrid grid) {
        Dataset<Row> stays = municipalityStays(segments);
        // One row per person and month-end (segments do not overlap): presence adds up, counted per cell.
        Dataset<Row> present = grid.atMonthEnds(segments)
                .where(schoolAge(col("month_end")))
                .groupBy("month_end", "gemeentecode")
                .agg(count(lit(1)).as("present"));
        Dataset<Row> arrivals = grid.ofDate(stays, "stay_start")
                .where(schoolAge(col("stay_start")))
                .select(col("month_end"), col("gemeentecode"), col("child_id"), lit(true).as("arrival"));
        Dataset<Row> departures = grid.ofDate(stays.where(col("stay_end").leq(grid.asOf())), "stay_end")
                .where(schoolAge(date_sub(col("stay_end"), 1)))
                .select(col("month_end"), col("gemeentecode"), col("child_id"), lit(false).as("arrival"));
        Dataset<Row> facts = present.unionByName(arrivals.unionByName(departures), true);
        // Arrivals and departures are distinct persons: a child may arrive twice in a month.
        Dataset<Row> gold = GoldAggregation.withTotals(facts, List.of("month_end"), List.of("gemeentecode"),
                coalesce(sum("present"), lit(0L)).as("school_age_present"),
                count_distinct(when(col("arrival"), col("child_id"))).as("arrivals"),
                count_distinct(when(not(col("arrival")), col("child_id"))).as("departures"));
        return grid.completeMonths(gold, GoldTables.MUNICIPALITY_MONTHLY);
    }

    /**
     * A person's stays per municipality: consecutive segments in the same gemeente with at most one
     * day between them joined (gaps and islands), as {@code [stay_start, stay_end)}; stay_end is
     * as_of + 1 while the stay goes on.
     */
    static Dataset<Row> municipalityStays(Dataset<Row> segments) {
        WindowSpec byPerson = Window.partitionBy("child_id").orderBy("seg_start");
        Column previousEnd = lag("seg_end", 1).over(byPerson);
        Column previousGemeente = lag("gemeentecode", 1).over(byPerson);
        Column continues = previousGemeente.equalTo(col("gemeentecode"))
                .and(col("seg_start").leq(date_add(previousEnd, 1)));
        return Islands.number(segments, byPerson, continues, "stay_no")
                .groupBy("child_id", "stay_no", "gemeentecode", "birth_month")
                .agg(min("seg_start").as("stay_start"), max("seg_end").as("stay_end"))
                .drop("stay_no");
    }

    /** School age on {@code day} (5 <= age < 18) of the row's person. */
    private static Column schoolAge(Column day) {
        Column age = Dates.ageOn(col("birth_month"), day);
        return age.geq(5).and(age.lt(18));
    }
}
