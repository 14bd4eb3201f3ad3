package nl.opvangmonitor.jobs.metrics;

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

    /** The table's rows on the context's as_of; a pure transformation of the context's tables. */
    Dataset<Row> compute(MetricContext context);

    /**
     * Whether the table keeps rows of earlier runs (merged by key, e.g. one headline row per
     * as_of) instead of being replaced by each run.
     */
    default boolean accumulates() {
        return false;
    }
}
