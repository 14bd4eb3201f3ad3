package nl.opvangmonitor.tools.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.opvangmonitor.common.tables.TableDef;

/**
 * One gold table as the DuckDB peer computed it: its declaration and its rows, each row's values
 * in the declaration's column order ({@code LocalDate}, {@code String}, {@code Long} or
 * {@code Double}; statistics may be null), sorted by the table's key.
 */
public record PeerTable(TableDef table, List<List<Object>> rows) {
    public PeerTable {
        List<List<Object>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(Collections.unmodifiableList(new ArrayList<>(r))));
        rows = Collections.unmodifiableList(copy);
    }

    /** The value of a column in a row of this table. */
    public Object value(List<Object> row, String column) {
        return row.get(table.columnNames().indexOf(table.column(column).name()));
    }
}
