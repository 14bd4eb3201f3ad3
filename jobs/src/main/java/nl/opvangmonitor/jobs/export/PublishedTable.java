package nl.opvangmonitor.jobs.export;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.publish.PublishedThreshold;
import nl.opvangmonitor.jobs.sql.QueryResult;
import nl.opvangmonitor.jobs.sql.SqlEngine;

/**
 * A publish table as the exports see it: declaration, the k it was made with, and its rows in key order (each
 * a list of values in the declared column order), streamed by the engine that reads the lake. Only the publish
 * layer is ever read here.
 */
public record PublishedTable(TableDef table, OptionalInt k, SqlEngine engine) {

    /** Every publish table the engine reads, in declaration order. */
    public static List<PublishedTable> inLake(SqlEngine engine) {
        List<PublishedTable> tables = new ArrayList<>();
        for (TableDef table : PublishTables.all()) {
            if (engine.registered().contains(table)) {
                tables.add(new PublishedTable(table, engine.property(table, PublishedThreshold.PROPERTY)
                        .map(k -> OptionalInt.of(Integer.parseInt(k))).orElse(OptionalInt.empty()), engine));
            }
        }
        return tables;
    }

    /**
     * The export's column: {@code total} when every dimension of the row is {@code ALL}, {@code detail}
     * when none is (and in a table without dimensions), else {@code subtotal}. Summing the detail
     * rows gives the total row; summing all rows, as a naive pivot does, would count each person
     * once per level.
     */
    public static final String LEVEL = "level";
    /** What {@link #LEVEL} means, for the guidance. */
    public static final String LEVEL_DESCRIPTION = "total: every dimension ALL; subtotal: some; detail: none. "
            + "Sum only the rows of one level (detail rows add up to the total).";

    /** The exported columns: the table's, with {@link #LEVEL} after the dimensions. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(table.columnNames());
        List<String> keys = table.columnsWithRole(ColumnRole.DIMENSION).isEmpty()
                ? table.columnsWithRole(ColumnRole.TIME) : table.columnsWithRole(ColumnRole.DIMENSION);
        columns.add(keys.isEmpty() ? 0 : columns.indexOf(keys.get(keys.size() - 1)) + 1, LEVEL);
        return columns;
    }

    /** A row's value of an exported column. */
    public Object value(List<Object> row, String column) {
        return column.equals(LEVEL) ? level(row) : row.get(table.columnNames().indexOf(column));
    }

    /** The row's {@link #LEVEL}. */
    public String level(List<Object> row) {
        List<String> dims = table.columnsWithRole(ColumnRole.DIMENSION);
        long totals = dims.stream().filter(d -> GoldTables.ALL.equals(value(row, d))).count();
        return totals == 0 ? "detail" : totals == dims.size() ? "total" : "subtotal";
    }

    /** The rows sorted by the table's keys. */
    public Iterator<List<Object>> sortedRows() {
        return engine.run("SELECT " + table.columnNames().stream().map(engine::quote).collect(Collectors.joining(", "))
                + " FROM " + table.qualifiedName() + " ORDER BY " + table.keys().stream().map(engine::quote)
                .collect(Collectors.joining(", "))).result().rows();
    }

    /** The columns a row hides. */
    public Set<String> hiddenColumns(List<Object> row) {
        return QueryResult.hiddenColumns(table.columnNames(), row);
    }

    /** The latest value of the table's time column, or null without rows. */
    public Object latestTime() {
        String time = table.columnsWithRole(ColumnRole.TIME).get(0);
        Iterator<List<Object>> rows = engine.run("SELECT max(" + engine.quote(time) + ") FROM " + table.qualifiedName())
                .result().rows();
        return rows.hasNext() ? rows.next().get(0) : null;
    }

    /** "k=10", or "k unknown" for a table written without the property. */
    public String threshold() {
        return k.isPresent() ? "k=" + k.getAsInt() : "k unknown";
    }
}
