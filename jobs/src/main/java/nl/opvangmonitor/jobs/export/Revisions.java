package nl.opvangmonitor.jobs.export;

import java.util.List;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * What changed in a publish table since its previous publication, from Delta history: the rows of
 * the newest data version that the one before did not hold, and the rows it dropped. Versions that
 * only set table properties (descriptions) are not publications.
 */
public final class Revisions {
    private static final List<String> DATA_OPERATIONS = List.of("WRITE", "CREATE TABLE AS SELECT",
            "CREATE OR REPLACE TABLE AS SELECT", "REPLACE TABLE AS SELECT", "MERGE", "DELETE", "UPDATE");

    private Revisions() {
    }

    /** One sentence on the table's revision, e.g. "12 rows new or revised, 0 withdrawn since 2026-07-03". */
    public static String of(Lake lake, TableDef table) {
        List<Row> publications = lake.delta(table).history()
                .where(functions.col("operation").isin(DATA_OPERATIONS.toArray()))
                .orderBy(functions.col("version").desc()).limit(2)
                .select("version", "timestamp").collectAsList();
        if (publications.size() < 2) {
            return "first publication";
        }
        Dataset<Row> now = version(lake, table, publications.get(0).getLong(0));
        Dataset<Row> before = version(lake, table, publications.get(1).getLong(0));
        return now.except(before).count() + " rows new or revised, " + before.except(now).count()
                + " withdrawn since the publication of " + publications.get(1).getTimestamp(1).toLocalDateTime()
                .toLocalDate();
    }

    private static Dataset<Row> version(Lake lake, TableDef table, long version) {
        return lake.spark().read().format("delta").option("versionAsOf", version).load(lake.path(table));
    }
}
