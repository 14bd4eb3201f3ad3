package nl.opvangmonitor.jobs.conform;

import java.util.Map;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.runtime.Console;
import org.apache.spark.sql.Row;

/** What the last commit to a table did, in words, from Delta's own operation metrics (no recount). */
final class CommitMetrics {
    private CommitMetrics() {
    }

    /** E.g. {@code merged 12 rows (10 inserted, 2 updated, 0 deleted)} or {@code wrote 1,234 rows}. */
    static String describeLast(Lake lake, TableDef table) {
        Row last = lake.delta(table).history(1).select("operation", "operationMetrics").head();
        Map<String, String> m = last.getJavaMap(1);
        if ("MERGE".equals(last.getString(0))) {
            long inserted = metric(m, "numTargetRowsInserted");
            long updated = metric(m, "numTargetRowsUpdated");
            long deleted = metric(m, "numTargetRowsDeleted");
            return "merged " + Console.count(inserted + updated + deleted) + " rows (" + Console.count(inserted)
                    + " inserted, " + Console.count(updated) + " updated, " + Console.count(deleted) + " deleted)";
        }
        return "wrote " + Console.count(metric(m, "numOutputRows")) + " rows";
    }

    private static long metric(Map<String, String> metrics, String name) {
        String value = metrics.get(name);
        return value == null ? 0 : Long.parseLong(value);
    }
}
