package nl.opvangmonitor.jobs.metrics;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Gaps and islands (engineering.md): numbers runs of ordered rows with a running sum of
 * "starts a new island" flags, instead of wide sliding window frames.
 */
public final class Islands {
    private Islands() {
    }

    /**
     * Adds {@code islandColumn}: the number of the island each row belongs to within its window
     * partition, in the window's order. A row continues the previous row's island where
     * {@code continuesPrevious} (typically built with {@code lag} over {@code ordered}) is true;
     * where it is false or null (the first row) it starts a new one.
     */
    public static Dataset<Row> number(Dataset<Row> rows, WindowSpec ordered, Column continuesPrevious,
                                      String islandColumn) {
        String flag = "__starts_" + islandColumn;
        return rows
                .withColumn(flag, when(coalesce(continuesPrevious, lit(false)), lit(0)).otherwise(lit(1)))
                .withColumn(islandColumn,
                        sum(flag).over(ordered.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .drop(flag);
    }
}
