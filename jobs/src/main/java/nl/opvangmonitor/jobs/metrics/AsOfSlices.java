package nl.opvangmonitor.jobs.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.runtime.Console;

/**
 * {@code metrics --drop-as-of}: removes a wrong as_of's slice from the gold tables that keep one slice per as_of
 * (and from their publish tables, so readers stop showing it at once). One delete per table that holds the slice,
 * none where it is gone already, so running it again changes nothing, and a run killed between two deletes is
 * completed by the next. Each delete is a progress line.
 */
public final class AsOfSlices {
    private AsOfSlices() {
    }

    /** Drops the as_of's rows; returns the tables that held some. */
    public static List<String> drop(Lake lake, LocalDate asOf) {
        List<String> dropped = new ArrayList<>();
        for (ComputedTable table : MetricTables.gold()) {
            if (!table.accumulates()) {
                continue;
            }
            for (TableDef def : List.of(table.table(), PublishTables.of(table.table()))) {
                if (lake.delete(def, col("as_of").equalTo(lit(Date.valueOf(asOf))))) {
                    dropped.add(def.qualifiedName());
                    Console.progress(MetricsJob.JOB, "as_of " + asOf + " dropped from " + def.qualifiedName());
                }
            }
        }
        return dropped;
    }
}
