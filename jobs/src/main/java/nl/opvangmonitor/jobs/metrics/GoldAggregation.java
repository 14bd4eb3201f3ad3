package nl.opvangmonitor.jobs.metrics;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.tables.GoldTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Aggregation of per-person facts into a gold table with {@code ALL} total rows for every subset
 * of its dimensions (grouping sets), never totalled over time. Totals are computed from the
 * facts, not by adding cells, so distinct counts and medians of a total are right.
 */
public final class GoldAggregation {
    private GoldAggregation() {
    }

    /**
     * Groups {@code facts} by the time columns and every subset of {@code dims}, computing
     * {@code aggregates}; a dimension that is aggregated away reads {@code ALL}. Dimension values
     * must be non-null strings (use a placeholder such as {@code ONBEKEND} for unknowns).
     */
    public static Dataset<Row> withTotals(Dataset<Row> facts, List<String> timeColumns, List<String> dims,
                                          Column... aggregates) {
        List<Column> grouping = new ArrayList<>();
        timeColumns.forEach(t -> grouping.add(col(t)));
        dims.forEach(d -> grouping.add(col(d)));

        List<scala.collection.immutable.Seq<Column>> sets = new ArrayList<>();
        for (int mask = 0; mask < (1 << dims.size()); mask++) {
            List<Column> set = new ArrayList<>();
            timeColumns.forEach(t -> set.add(col(t)));
            for (int i = 0; i < dims.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    set.add(col(dims.get(i)));
                }
            }
            sets.add(seq(set));
        }

        List<Column> aggs = new ArrayList<>(List.of(aggregates));
        dims.forEach(d -> aggs.add(grouping(col(d)).as("__grouping_" + d)));
        Dataset<Row> grouped = facts.groupingSets(seq(sets), grouping.toArray(Column[]::new))
                .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));

        List<Column> out = new ArrayList<>();
        timeColumns.forEach(t -> out.add(col(t)));
        dims.forEach(d -> out.add(when(col("__grouping_" + d).equalTo(1), lit(GoldTables.ALL))
                .otherwise(col(d)).as(d)));
        for (String name : grouped.columns()) {
            if (!timeColumns.contains(name) && !dims.contains(name) && !name.startsWith("__grouping_")) {
                out.add(col(name));
            }
        }
        return grouped.select(out.toArray(Column[]::new));
    }

    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list).toSeq();
    }
}
