package nl.opvangmonitor.jobs.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Count cells in long form, one row per (time, dimension values, measure) with its value, whether
 * it is suppressed and why: the unit secondary suppression works on, since it runs per count column.
 */
final class CountCells {
    static final String VALUE = "value";
    static final String SUPPRESSED = "suppressed";
    static final String REASON = "reason";

    private CountCells() {
    }

    /** Unpivots the count columns of a gold table into cells, none suppressed yet. */
    static Dataset<Row> of(Dataset<Row> gold, TableShape shape) {
        Column[] ids = shape.rowKey().stream().map(c -> col(c)).toArray(Column[]::new);
        Column[] values = shape.counts().stream()
                .map(c -> col(c).cast(DataTypes.LongType).as(c)).toArray(Column[]::new);
        return gold.unpivot(ids, values, TableShape.MEASURE, VALUE)
                .withColumn(SUPPRESSED, lit(false))
                .withColumn(REASON, lit(null).cast(DataTypes.StringType));
    }

    /** Name of the per-row flag column of a count after {@link #widen}. */
    static String flag(String count) {
        return "__suppressed_" + count;
    }

    /** Name of the per-row reason column of a count after {@link #widen}. */
    static String reason(String count) {
        return "__reason_" + count;
    }

    /** Back to one row per row key, with a flag and a reason column per count ({@link #flag}, {@link #reason}). */
    static Dataset<Row> widen(Dataset<Row> cells, TableShape shape) {
        List<Column> aggs = new ArrayList<>();
        for (String count : shape.counts()) {
            Column mine = col(TableShape.MEASURE).equalTo(count);
            aggs.add(max(when(mine, col(SUPPRESSED))).as(flag(count)));
            aggs.add(max(when(mine, col(REASON))).as(reason(count)));
        }
        Column[] key = shape.rowKey().stream().map(c -> col(c)).toArray(Column[]::new);
        return cells.groupBy(key).agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
    }
}
