package nl.opvangmonitor.jobs.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
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
        if (k < 2) {
            throw new IllegalArgumentException("the threshold k must be at least 2, got " + k);
        }
        TableShape shape = new TableShape(table);
        Dataset<Row> rows = gold;
        List<Column> reasons = new ArrayList<>();
        int iterations = 0;
        long complements = 0;
        if (!shape.counts().isEmpty()) {
            Dataset<Row> cells = PrimarySuppression.apply(CountCells.of(gold, shape), k);
            SecondarySuppression.Result secondary = SecondarySuppression.apply(cells, shape);
            iterations = secondary.iterations();
            complements = secondary.complements();
            rows = gold.join(CountCells.widen(secondary.cells(), shape), shape.rowKey().toArray(String[]::new), "left");
            for (String count : shape.counts()) {
                reasons.add(cellReason(count, col(CountCells.flag(count)), col(CountCells.reason(count))));
            }
        }
        for (TableColumn statistic : shape.personStatistics()) {
            String flag = CountCells.flag(statistic.name());
            rows = rows.withColumn(flag, StatisticSuppression.hidden(statistic, k))
                    .withColumn(CountCells.reason(statistic.name()), StatisticSuppression.reason(statistic, k));
            reasons.add(cellReason(statistic.name(), col(flag), col(CountCells.reason(statistic.name()))));
        }
        return new Published(finish(rows, shape, reasons), iterations, complements);
    }

    /** Nulls the hidden cells, sets the row flag and reason, and keeps the publish columns only. */
    private static Dataset<Row> finish(Dataset<Row> rows, TableShape shape, List<Column> reasons) {
        Dataset<Row> out = rows;
        List<String> hideable = new ArrayList<>(shape.counts());
        shape.personStatistics().forEach(s -> hideable.add(s.name()));
        Column any = lit(false);
        for (String cell : hideable) {
            Column hidden = coalesce(col(CountCells.flag(cell)), lit(false));
            out = out.withColumn(cell, when(hidden, lit(null)).otherwise(col(cell)));
            any = any.or(hidden);
        }
        Column reason = reasons.isEmpty() ? lit("") : concat_ws("; ", reasons.toArray(Column[]::new));
        out = out.withColumn(PublishTables.SUPPRESSED, any)
                .withColumn(PublishTables.SUPPRESSION_REASON, when(any, reason));
        return Lake.conform(out, PublishTables.of(shape.table()));
    }

    private static Column cellReason(String cell, Column flag, Column reason) {
        return when(coalesce(flag, lit(false)), concat(lit(cell + ": "), reason));
    }
}
