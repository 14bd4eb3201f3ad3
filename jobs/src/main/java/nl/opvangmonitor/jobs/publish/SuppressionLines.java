package nl.opvangmonitor.jobs.publish;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.GoldTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The lines of a table: sets of cells where one total equals the sum of its parts, so that an
 * attacker who knows all but one of them can subtract. Along a dimension, a line is every cell of
 * one count column sharing the time and all other dimension values, with the {@code ALL} cell as
 * total; along a declared row total, a line is that total and its part columns in one row.
 */
final class SuppressionLines {
    /** Struct column naming the line: {@code axis} (which dimension or row total) and {@code key}. */
    static final String LINE = "line";
    static final String IS_TOTAL = "is_total";
    /** Stands for the free position of a line's key (the dimension it runs along). */
    private static final String FREE = "*";

    private SuppressionLines() {
    }

    /**
     * One row per (cell, line it belongs to): the cell's key columns, value and flag, the line, and
     * whether the cell is the line's total. Each cell belongs to one line per dimension, and to one
     * more per row total it takes part in.
     */
    static Dataset<Row> memberships(Dataset<Row> cells, TableShape shape) {
        List<Dataset<Row>> parts = new ArrayList<>();
        for (String dim : shape.dimensions()) {
            List<Column> key = new ArrayList<>(timeKey(shape));
            key.add(col(TableShape.MEASURE));
            shape.dimensions().forEach(d -> key.add(d.equals(dim) ? lit(FREE) : col(d)));
            parts.add(member(cells, shape, lit(dim), key, col(dim).equalTo(GoldTables.ALL)));
        }
        for (Map.Entry<String, List<String>> total : shape.rowTotals().entrySet()) {
            List<String> members = new ArrayList<>(total.getValue());
            members.add(total.getKey());
            List<Column> key = new ArrayList<>(timeKey(shape));
            key.add(lit(FREE));
            shape.dimensions().forEach(d -> key.add(col(d)));
            Dataset<Row> inGroup = cells.filter(col(TableShape.MEASURE).isin(members.toArray()));
            parts.add(member(inGroup, shape, lit("row total " + total.getKey()), key,
                    col(TableShape.MEASURE).equalTo(total.getKey())));
        }
        return parts.stream().reduce(Dataset::unionByName)
                .orElseThrow(() -> new IllegalArgumentException(shape.table().qualifiedName() + " has no lines"));
    }

    /** Whether the table has any line at all (a table without dimensions or row totals has none). */
    static boolean exist(TableShape shape) {
        return !shape.dimensions().isEmpty() || !shape.rowTotals().isEmpty();
    }

    private static List<Column> timeKey(TableShape shape) {
        return shape.times().stream().map(t -> col(t).cast(DataTypes.StringType)).toList();
    }

    private static Dataset<Row> member(Dataset<Row> cells, TableShape shape, Column axis, List<Column> key,
                                       Column isTotal) {
        List<Column> select = new ArrayList<>(shape.cellKey().stream().map(c -> col(c)).toList());
        select.add(col(CountCells.VALUE));
        select.add(col(CountCells.SUPPRESSED));
        select.add(struct(axis.as("axis"), array(key.toArray(Column[]::new)).as("key")).as(LINE));
        select.add(isTotal.as(IS_TOTAL));
        return cells.select(select.toArray(Column[]::new));
    }
}
