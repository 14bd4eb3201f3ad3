package nl.opvangmonitor.jobs.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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

    /** The publish rows and what secondary suppression did (passes and complements). */
    public record Published(Dataset<Row> rows, int iterations, long complements) {
    }

    /** Applies disclosure control with threshold k to the rows of a gold table. */
    public static Published publish(Dataset<Row> gold, TableDef table, int k) {
        return publish(gold, table, k, pass -> { });
    }

    /** As {@link #publish(Dataset, TableDef, int)}, telling {@code progress} about each secondary pass. */
    public static Published publish(Dataset<Row> gold, TableDef table, int k, Consumer<String> progress) {
        if (k < 2) {
            throw new IllegalArgumentException("the threshold k must be at least 2, got " + k);
        }
        TableShape shape = new TableShape(table);
        if (shape.counts().isEmpty()) {
            return new Published(finish(gold, shape, k), 0, 0);
        }
        Dataset<Row> cells = PrimarySuppression.apply(CountCells.of(gold, shape), k);
        SecondarySuppression.Result secondary = SecondarySuppression.apply(cells, shape, progress);
        Dataset<Row> flagged = gold.join(CountCells.widen(secondary.cells(), shape),
                shape.rowKey().toArray(String[]::new), "left");
        return new Published(finish(flagged, shape, k), secondary.iterations(), secondary.complements());
    }

    /**
     * One projection to the publish columns: hidden counts and statistics nulled, the row flag and
     * reason set (one select rather than a column at a time, which Spark analyses slowly on wide tables).
     */
    private static Dataset<Row> finish(Dataset<Row> rows, TableShape shape, int k) {
        Map<String, Column[]> hiddenAndWhy = new LinkedHashMap<>();
        for (String count : shape.counts()) {
            hiddenAndWhy.put(count, new Column[] {
                coalesce(col(CountCells.flag(count)), lit(false)), col(CountCells.reason(count))});
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
        return Lake.conform(rows.select(select.toArray(Column[]::new)), PublishTables.of(shape.table()));
    }
}
