package nl.opvangmonitor.jobs.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableColumn;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Gold to publish (privacy.md): primary and secondary suppression of the person counts, then of
 * the statistics, per cell; the row's {@code suppressed} flag says some cell of it is hidden and
 * {@code suppression_reason} lists which and why. Generic over any declared gold table.
 */
public final class DisclosureControl {
    private DisclosureControl() {
    }

    /**
     * The publish rows (computed once, checkpointed), how many there are and how many have a hidden
     * cell, and what secondary suppression did: passes of the slowest time value, complements.
     */
    public record Published(Dataset<Row> rows, long rowCount, long suppressedRows, int passes, long complements) {
    }

    /** Applies disclosure control with threshold k to the rows of a gold table. */
    public static Published publish(Dataset<Row> gold, TableDef table, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("the threshold k must be at least 2, got " + k);
        }
        TableShape shape = new TableShape(table);
        Dataset<Row> flagged = shape.counts().isEmpty()
                ? gold.withColumn(SecondarySuppression.PASSES, lit(0)).withColumn(SecondarySuppression.COMPLEMENTS, lit(0))
                : SecondarySuppression.flag(gold, shape, k);
        Dataset<Row> rows = finish(flagged, shape, k).localCheckpoint();
        Row stats = rows.agg(count(lit(1)), sum(when(col(PublishTables.SUPPRESSED), 1).otherwise(0)),
                max(col(SecondarySuppression.PASSES)), sum(col(SecondarySuppression.COMPLEMENTS))).head();
        return new Published(Lake.conform(rows.drop(SecondarySuppression.PASSES, SecondarySuppression.COMPLEMENTS),
                PublishTables.of(table)),
                stats.getLong(0), stats.isNullAt(1) ? 0 : stats.getLong(1), stats.isNullAt(2) ? 0 : stats.getInt(2),
                stats.isNullAt(3) ? 0 : stats.getLong(3));
    }

    /**
     * One projection to the publish columns plus the two suppression figures: hidden counts and
     * statistics nulled, the row flag and reason set (one select rather than a column at a time,
     * which Spark analyses slowly on wide tables).
     */
    private static Dataset<Row> finish(Dataset<Row> rows, TableShape shape, int k) {
        Map<String, Column[]> hiddenAndWhy = new LinkedHashMap<>();
        for (String count : shape.counts()) {
            hiddenAndWhy.put(count, new Column[] {
                coalesce(col(SecondarySuppression.flag(count)), lit(false)),
                col(SecondarySuppression.reason(count))});
        }
        for (TableColumn statistic : shape.personStatistics()) {
            hiddenAndWhy.put(statistic.name(), new Column[] {
                StatisticSuppression.hidden(statistic, k), StatisticSuppression.reason(statistic, k)});
        }
        Column any = lit(false);
        List<Column> entries = new ArrayList<>();
        for (Map.Entry<String, Column[]> e : hiddenAndWhy.entrySet()) {
            any = any.or(e.getValue()[0]);
            entries.add(SuppressionReason.entry(e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        Column reason = entries.isEmpty() ? lit(null) : concat_ws(SuppressionReason.SEPARATOR, entries.toArray(Column[]::new));
        List<Column> select = new ArrayList<>();
        for (TableColumn c : shape.table().columns()) {
            Column[] hidden = hiddenAndWhy.get(c.name());
            select.add(hidden == null ? col(c.name()) : when(hidden[0], lit(null)).otherwise(col(c.name())).as(c.name()));
        }
        select.add(any.as(PublishTables.SUPPRESSED));
        select.add(when(any, reason).as(PublishTables.SUPPRESSION_REASON));
        select.add(col(SecondarySuppression.PASSES));
        select.add(col(SecondarySuppression.COMPLEMENTS));
        return rows.select(select.toArray(Column[]::new));
    }
}
