package nl.opvangmonitor.jobs.metrics;

import static org.apache.spark.sql.functions.*;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The one owner of the reporting months of the monthly gold tables (metrics.md, Common terms: "Month",
 * "Month-end", monthly tables cover every month from the month of the earliest delivery to the month of as_of):
 * the months themselves, how half-open intervals {@code [seg_start, seg_end)} and dated events fall on them (by
 * interval arithmetic: one row per interval and month it overlaps, never one per day), and completing a gold
 * table to exactly those months.
 *
 * @param months  the grid {@code month} (first day) and {@code month_end} (last day, or as_of)
 * @param first   first day of the first reporting month
 * @param asOf    the reporting date
 */
public record MonthGrid(Dataset<Row> months, Column first, Column asOf) {

    /** The grid of a metrics run: from the context's first month to the month of its as_of. */
    public static MonthGrid of(MetricContext context) {
        Column first = lit(Date.valueOf(context.firstMonth()));
        Column last = lit(Date.valueOf(context.asOf().withDayOfMonth(1)));
        Column asOf = context.asOfLit();
        Dataset<Row> months = context.spark().range(1)
                .select(explode(sequence(first, last, expr("interval 1 month"))).as("month"))
                .withColumn("month_end", least(last_day(col("month")), asOf));
        return new MonthGrid(months, first, asOf);
    }

    /**
     * One row per interval and reporting month it overlaps, with {@code month}, {@code month_end} and
     * the interval's part inside the month up to month-end as {@code [piece_start, piece_end)}.
     */
    public Dataset<Row> pieces(Dataset<Row> intervals) {
        Column from = greatest(trunc(col("seg_start"), "month"), first);
        Column to = trunc(date_sub(col("seg_end"), 1), "month");
        return intervals
                .where(col("seg_end").gt(first))
                .withColumn("month", explode(sequence(from, to, expr("interval 1 month"))))
                .join(broadcast(months), "month")
                .withColumn("piece_start", greatest(col("seg_start"), col("month")))
                .withColumn("piece_end", least(col("seg_end"), date_add(col("month_end"), 1)))
                .where(col("piece_end").gt(col("piece_start")));
    }

    /** The intervals covering a month-end, one row per interval and such month-end. */
    public Dataset<Row> atMonthEnds(Dataset<Row> intervals) {
        return pieces(intervals).where(col("seg_end").gt(col("month_end")));
    }

    /**
     * Events dated in a reporting month (up to its month-end, so nothing after as_of), with that {@code month}
     * and {@code month_end}; events before the first month or after as_of fall off.
     */
    public Dataset<Row> ofDate(Dataset<Row> events, String dateColumn) {
        return events
                .withColumn("month", trunc(col(dateColumn), "month"))
                .join(broadcast(months), "month")
                .where(col(dateColumn).leq(col("month_end")));
    }

    /**
     * {@code gold} on exactly the grid months, keyed by the table's time column ({@code month} or
     * {@code month_end}): rows off the grid are dropped, and a grid month without rows gets one total row (every
     * dimension {@code ALL}, counts 0, statistics null), so it reads 0 rather than missing. Adds
     * {@code provisional} for the month of as_of (a partial month); a table with its own rule replaces it after
     * this, other plain columns are the caller's. One join with the small grid, so {@code gold} is computed once.
     */
    public Dataset<Row> completeMonths(Dataset<Row> gold, TableDef table) {
        String time = table.columnsWithRole(ColumnRole.TIME).get(0);
        Dataset<Row> joined = months.select(time).join(gold, new String[] {time}, "left_outer");
        List<Column> cols = new ArrayList<>();
        for (String name : joined.columns()) {
            ColumnRole role = table.column(name).role();
            if (role == ColumnRole.DIMENSION) {
                cols.add(coalesce(col(name), lit(GoldTables.ALL)).as(name));
            } else if (role == ColumnRole.COUNT || role == ColumnRole.RECORD_COUNT) {
                cols.add(coalesce(col(name), lit(0L)).as(name));
            } else {
                cols.add(col(name));
            }
        }
        return joined.select(cols.toArray(Column[]::new))
                .withColumn(Provisional.COLUMN, Provisional.partialMonth(col(time), asOf));
    }
}
