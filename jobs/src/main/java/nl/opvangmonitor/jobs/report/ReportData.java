package nl.opvangmonitor.jobs.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.report.Charts.Point;
import nl.opvangmonitor.jobs.sql.QueryResult;
import nl.opvangmonitor.jobs.sql.SqlEngine;

/**
 * Reads the figures of the report from the publish layer only (never gold): small, already aggregated
 * rows, taken as time series. The queries are plain SQL that DuckDB and Spark both run, so the report is
 * made without Spark on a local lake and with it on a cluster's.
 */
public final class ReportData {
    private final SqlEngine engine;

    public ReportData(SqlEngine engine) {
        this.engine = engine;
    }

    /**
     * One time series per value of {@code seriesDim} (or a single series named {@code valueColumn}
     * when it is null), from the rows where the {@code fixed} dimensions have the given values and
     * every other dimension is {@code ALL}.
     */
    public Map<String, List<Point>> series(TableDef gold, String valueColumn, String seriesDim,
                                           Map<String, String> fixed) {
        String time = gold.columnsWithRole(ColumnRole.TIME).get(0);
        List<String> where = new ArrayList<>(List.of("true"));
        for (String dim : gold.columnsWithRole(ColumnRole.DIMENSION)) {
            where.add(dim + (dim.equals(seriesDim) ? " <> " + text(GoldTables.ALL)
                    : " = " + text(fixed.getOrDefault(dim, GoldTables.ALL))));
        }
        boolean hasProvisional = gold.columnNames().contains(GoldTables.PROVISIONAL);
        String query = "SELECT " + time + ", " + (seriesDim == null ? text(valueColumn) : seriesDim)
                + ", CAST(" + engine.quote(valueColumn) + " AS DOUBLE)"
                + ", coalesce(array_contains(" + PublishTables.HIDDEN_COLUMNS + ", " + text(valueColumn) + "), false)"
                + ", " + (hasProvisional ? "coalesce(" + GoldTables.PROVISIONAL + ", false)" : "false")
                + " FROM " + published(gold) + " WHERE " + String.join(" AND ", where) + " ORDER BY " + time;
        Map<String, List<Point>> out = new TreeMap<>();
        for (List<Object> r : rows(query)) {
            out.computeIfAbsent((String) r.get(1), k -> new ArrayList<>())
                    .add(new Point((LocalDate) r.get(0), (Double) r.get(2), (Boolean) r.get(3), (Boolean) r.get(4)));
        }
        return out;
    }

    /** The latest headline row's figures by column name (null = suppressed), if any. */
    public Optional<Map<String, Object>> latestHeadline() {
        QueryResult result = engine.run("SELECT * FROM " + published(GoldTables.HEADLINE) + " ORDER BY as_of DESC "
                + "LIMIT 1").result();
        Iterator<List<Object>> rows = result.rows();
        if (!rows.hasNext()) {
            return Optional.empty();
        }
        List<Object> row = rows.next();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            figures.put(result.columns().get(i), row.get(i));
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
        return rows("SELECT DISTINCT " + column + " FROM " + published(gold) + " ORDER BY " + column).stream()
                .map(r -> (String) r.get(0)).toList();
    }

    private List<List<Object>> rows(String query) {
        List<List<Object>> rows = new ArrayList<>();
        engine.run(query).result().rows().forEachRemaining(rows::add);
        return rows;
    }

    private static String published(TableDef gold) {
        return PublishTables.of(gold).qualifiedName();
    }

    private static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
