package nl.opvangmonitor.common.tables;

import java.util.List;
import org.apache.spark.sql.types.DataType;

/**
 * One declared column: name, Spark type, role, and in {@code base}: for a {@link ColumnRole#STATISTIC}
 * the count columns whose sum is the number of persons the statistic is computed over; for a
 * {@link ColumnRole#COUNT} declared as a row total, the count columns it is the exact sum of.
 */
public record TableColumn(String name, DataType type, boolean nullable, ColumnRole role, List<String> base) {
    public TableColumn {
        base = List.copyOf(base);
    }
}
