package nl.opvangmonitor.common.tables;

import java.util.List;
import org.apache.spark.sql.types.DataType;

/**
 * One declared column: name, Spark type, role, and in {@code base}: for a {@link ColumnRole#STATISTIC}
 * the count columns whose sum is the number of persons the statistic is computed over; for a
 * {@link ColumnRole#COUNT} declared as a row total, the count columns it is the exact sum of.
 * {@code inputs}: for a statistic, the count columns it is calculated from (a share's parts, a rate's
 * numerator and denominator), which it could give back when one of them is hidden. {@code unit} and
 * {@code description}: what a reader of the published table needs (data guidance, Delta comments);
 * empty where not declared.
 */
public record TableColumn(String name, DataType type, boolean nullable, ColumnRole role, List<String> base,
                          List<String> inputs, String unit, String description) {
    public TableColumn {
        base = List.copyOf(base);
        inputs = List.copyOf(inputs);
    }

    /** An undescribed column with inputs. */
    public TableColumn(String name, DataType type, boolean nullable, ColumnRole role, List<String> base,
                       List<String> inputs) {
        this(name, type, nullable, role, base, inputs, "", "");
    }

    /** A column without inputs (everything but a statistic calculated from other count columns). */
    public TableColumn(String name, DataType type, boolean nullable, ColumnRole role, List<String> base) {
        this(name, type, nullable, role, base, List.of());
    }

    /** For a statistic, the columns it is computed over: its base, then its inputs, each once. */
    public List<String> computedOver() {
        return java.util.stream.Stream.concat(base.stream(), inputs.stream()).distinct().toList();
    }

    /** This column with a unit and description. */
    public TableColumn described(String unit, String description) {
        return new TableColumn(name, type, nullable, role, base, inputs, unit, description);
    }
}
