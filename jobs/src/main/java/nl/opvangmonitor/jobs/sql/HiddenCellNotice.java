package nl.opvangmonitor.jobs.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.PublishTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.UnresolvedRelation;
import org.apache.spark.sql.catalyst.plans.logical.Aggregate;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Warns when a query aggregates over a publish table that has hidden cells: SUM, AVG and COUNT skip
 * nulls, so a sum over suppressed cells silently reads as a smaller total (or 0).
 */
public final class HiddenCellNotice {
    private HiddenCellNotice() {
    }

    /** The notice for a Spark query, empty when it does not aggregate over a publish table with hidden cells. */
    public static Optional<String> of(SparkSession spark, LogicalPlan parsed, Dataset<Row> result) {
        LogicalPlan analyzed = result.queryExecution().analyzed();
        if (analyzed.find(p -> p instanceof Aggregate).isEmpty()) {
            return Optional.empty();
        }
        List<String> withHidden = new ArrayList<>();
        for (LogicalPlan leaf : CollectionConverters.asJava(parsed.collectLeaves())) {
            if (leaf instanceof UnresolvedRelation relation) {
                String name = String.join(".", CollectionConverters.asJava(relation.multipartIdentifier()));
                if (name.startsWith(Layer.PUBLISH.folder() + ".") && !withHidden.contains(name)
                        && !spark.table(name).where(PublishTables.SUPPRESSED).isEmpty()) {
                    withHidden.add(name);
                }
            }
        }
        return message(withHidden);
    }

    /** The notice naming the publish tables with hidden cells that a query aggregates over; empty for none. */
    public static Optional<String> message(List<String> tablesWithHiddenCells) {
        return tablesWithHiddenCells.isEmpty() ? Optional.empty() : Optional.of("notice: "
                + String.join(", ", tablesWithHiddenCells) + " has hidden cells (null here, x in the exports); "
                + "aggregates skip them, so a SUM over them is less than the true total. Read the ALL rows (level "
                + "total) instead of summing.");
    }
}
