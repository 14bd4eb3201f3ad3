package nl.opvangmonitor.common.tables;

import java.util.List;
import org.apache.spark.sql.types.DataType;

/**
 * One declared column: name, Spark type, role, and for a {@link ColumnRole#STATISTIC} the count
 * columns whose sum is the number of persons the statistic is computed over.
 */
public record TableColumn(String name, DataType type, boolean nullable, ColumnRole role, List<String> base) {
    public TableColumn {
        base = List.copyOf(base);
    }
}
