package nl.opvangmonitor.jobs.conform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;

import java.util.List;
import nl.opvangmonitor.common.tables.BronzeTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The current version of each record in a bronze history: a later delivery replaces the earlier
 * version of the same key (data-contract.md); within one delivery the later file and line win.
 */
public final class LatestVersion {
    private LatestVersion() {
    }

    private static final String RANK = "_version_rank";

    /**
     * Where a bronze row stands in delivery order: delivery date, then file, then line. Comparable,
     * so {@code max_by(x, ORDER)} picks the value of the latest row.
     */
    public static Column order() {
        return struct(col(BronzeTables.DELIVERY_DATE), col(BronzeTables.SOURCE_FILE), col(BronzeTables.LINE_NUMBER));
    }

    /** The latest row per key of a bronze history, all columns kept. */
    public static Dataset<Row> perKey(Dataset<Row> bronze, List<String> keys) {
        var latestFirst = Window.partitionBy(keys.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
                .orderBy(col(BronzeTables.DELIVERY_DATE).desc(), col(BronzeTables.SOURCE_FILE).desc(),
                        col(BronzeTables.LINE_NUMBER).desc());
        return bronze.withColumn(RANK, row_number().over(latestFirst))
                .filter(col(RANK).equalTo(1))
                .drop(RANK);
    }
}
