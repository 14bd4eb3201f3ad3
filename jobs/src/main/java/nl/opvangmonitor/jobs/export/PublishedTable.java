package nl.opvangmonitor.jobs.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.publish.PublishedThreshold;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * A publish table as the exports see it: declaration, the k it was made with, and its rows in key
 * order, streamed to the driver a partition at a time. Only the publish layer is ever read here.
 */
public record PublishedTable(TableDef table, OptionalInt k, Dataset<Row> rows) {

    /** Every publish table present in the lake, in declaration order. */
    public static List<PublishedTable> inLake(Lake lake) {
        List<PublishedTable> tables = new ArrayList<>();
        for (TableDef table : PublishTables.all()) {
            if (lake.exists(table)) {
                tables.add(new PublishedTable(table, PublishedThreshold.read(lake, table), lake.read(table)));
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
    public Object value(Row row, String column) {
        return column.equals(LEVEL) ? level(row) : row.getAs(column);
    }

    /** The row's {@link #LEVEL}. */
    public String level(Row row) {
        List<String> dims = table.columnsWithRole(ColumnRole.DIMENSION);
        long totals = dims.stream().filter(d -> GoldTables.ALL.equals(row.getAs(d))).count();
        return totals == 0 ? "detail" : totals == dims.size() ? "total" : "subtotal";
    }

    /** The rows sorted by the table's keys. */
    public Iterator<Row> sortedRows() {
        return rows.orderBy(table.keys().stream().map(functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .toLocalIterator();
    }

    /** The columns a row hides. */
    public static Set<String> hiddenColumns(Row row) {
        return new HashSet<>(row.getList(row.fieldIndex(PublishTables.HIDDEN_COLUMNS)));
    }

    /** "k=10", or "k unknown" for a table written without the property. */
    public String threshold() {
        return k.isPresent() ? "k=" + k.getAsInt() : "k unknown";
    }
}
