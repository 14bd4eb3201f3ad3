package nl.opvangmonitor.jobs.metrics;

import java.util.List;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A table the metrics job computes from silver: a per-child fact (silver) or a gold table. One
 * class per table, named after it, its Javadoc citing the definition in metrics.md.
 */
public interface ComputedTable {
    /** The declaration this computation fills. */
    TableDef table();

    /**
     * The tables {@link #compute} reads (made by ingest or conform, or facts computed in the same run): the run
     * order follows them, and in a metrics run reading any other table fails.
     */
    List<TableDef> inputs();

    /** The table's rows on the context's as_of; a pure transformation of the context's tables. */
    Dataset<Row> compute(MetricContext context);

    /**
     * Whether the table keeps one slice per as_of (its time column is {@code as_of}): a run replaces
     * only its own as_of's rows, so snapshots of earlier dates stay for trends and calibration.
     */
    default boolean accumulates() {
        return false;
    }
}
