package nl.opvangmonitor.jobs.sql;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opvangmonitor.common.tables.PublishTables;

/**
 * A query's answer as the sql command prints it, whichever engine ran it: column names, which columns are
 * numeric (right-aligned), and the rows as plain Java values (numbers, strings, booleans, dates, lists).
 */
public interface QueryResult {
    List<String> columns();

    boolean numeric(int column);

    /** The rows in order, streamed: csv and json print them all. */
    Iterator<List<Object>> rows();

    /** The cells a row hides: its {@code hidden_columns}, empty when the columns do not include that one. */
    static Set<String> hiddenColumns(List<String> columns, List<Object> row) {
        int i = columns.indexOf(PublishTables.HIDDEN_COLUMNS);
        return i < 0 || !(row.get(i) instanceof List<?> hidden) ? Set.of()
                : hidden.stream().map(String::valueOf).collect(Collectors.toSet());
    }
}
