package nl.opvangmonitor.jobs.metrics.mobility;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.Provisional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The reporting months (metrics.md, "Month", "Month-end") and how half-open intervals
 * {@code [seg_start, seg_end)} and dated events fall on them, by interval arithmetic: one row per
 * interval and month it overlaps, never one per day.
 *
 * @param months  the grid {@code month} (first day) and {@code month_end} (last day, or as_of)
 * @param first   first day of the first reporting month
 * @param asOf    the reporting date
 */
public record MonthGrid(Dataset<Row> months, Column first, Column asOf) {

    /** The grid of a metrics run. */
    public static MonthGrid of(MetricContext context) {
        return new MonthGrid(context.months(), lit(java.sql.Date.valueOf(context.firstMonth())), context.asOfLit());
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

    /** Events dated in a reporting month (up to its month-end), with that {@code month} and {@code month_end}. */
    public Dataset<Row> ofDate(Dataset<Row> events, String dateColumn) {
        return events
                .withColumn("month", trunc(col(dateColumn), "month"))
                .join(broadcast(months), "month")
                .where(col(dateColumn).leq(col("month_end")));
    }

    /**
     * Adds, for each reporting month without any row in {@code gold}, a total row: every dimension
     * {@code ALL}, counts 0, statistics null, so a month without events reads 0 rather than missing
     * (metrics.md: monthly tables cover every month). One outer join with the small month grid, so
     * {@code gold} is computed once. Marks the month of as_of {@code provisional} (a partial month);
     * other plain columns are added by the caller.
     */
    public Dataset<Row> completeMonths(Dataset<Row> gold, TableDef table) {
        String time = table.columnsWithRole(ColumnRole.TIME).get(0);
        Dataset<Row> joined = gold.join(months.select(time), new String[] {time}, "full_outer");
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
