package nl.opvangmonitor.jobs.report;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.report.Charts.Point;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Reads the figures of the report from the publish layer only (never gold): small, already
 * aggregated rows, taken to the driver as time series.
 */
public final class ReportData {
    private final Lake lake;

    public ReportData(Lake lake) {
        this.lake = lake;
    }

    /**
     * One time series per value of {@code seriesDim} (or a single series named {@code valueColumn}
     * when it is null), from the rows where the {@code fixed} dimensions have the given values and
     * every other dimension is {@code ALL}.
     */
    public Map<String, List<Point>> series(TableDef gold, String valueColumn, String seriesDim,
                                           Map<String, String> fixed) {
        String time = gold.columnsWithRole(ColumnRole.TIME).get(0);
        Column where = lit(true);
        for (String dim : gold.columnsWithRole(ColumnRole.DIMENSION)) {
            if (dim.equals(seriesDim)) {
                where = where.and(col(dim).notEqual(GoldTables.ALL));
            } else {
                where = where.and(col(dim).equalTo(fixed.getOrDefault(dim, GoldTables.ALL)));
            }
        }
        boolean hasProvisional = gold.columnNames().contains(GoldTables.PROVISIONAL);
        Dataset<Row> rows = published(gold).where(where)
                .select(col(time), seriesDim == null ? lit(valueColumn) : col(seriesDim), col(valueColumn).cast("double"),
                        coalesce(array_contains(col(PublishTables.HIDDEN_COLUMNS), valueColumn), lit(false)),
                        hasProvisional ? coalesce(col(GoldTables.PROVISIONAL), lit(false)) : lit(false))
                .orderBy(col(time));
        Map<String, List<Point>> out = new TreeMap<>();
        for (Row r : rows.collectAsList()) {
            out.computeIfAbsent(r.getString(1), k -> new java.util.ArrayList<>())
                    .add(new Point(r.getDate(0).toLocalDate(), r.isNullAt(2) ? null : r.getDouble(2), r.getBoolean(3),
                            r.getBoolean(4)));
        }
        return out;
    }

    /** The latest headline row's figures by column name (null = suppressed), if any. */
    public Optional<Map<String, Object>> latestHeadline() {
        List<Row> rows = published(GoldTables.HEADLINE).orderBy(col("as_of").desc()).limit(1).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row r = rows.get(0);
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String name : r.schema().fieldNames()) {
            figures.put(name, r.get(r.fieldIndex(name)));
        }
        return Optional.of(figures);
    }

    /** Sum of a column over the rows where the dimension {@code dim} is not ALL, per value of it. */
    public Map<String, Double> totalsBy(TableDef gold, String dim, String valueColumn, Map<String, String> fixed) {
        Map<String, Double> out = new TreeMap<>();
        series(gold, valueColumn, dim, fixed).forEach((name, points) -> out.put(name,
                points.stream().map(Point::value).filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue)
                        .sum()));
        return out;
    }

    /** The distinct values of a descriptive column of a published table, sorted. */
    public List<String> distinctValues(TableDef gold, String column) {
        return published(gold).select(col(column)).distinct().orderBy(col(column)).collectAsList().stream()
                .map(r -> r.getString(0)).toList();
    }

    private Dataset<Row> published(TableDef gold) {
        return lake.read(PublishTables.of(gold));
    }
}
