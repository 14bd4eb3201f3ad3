package nl.opvangmonitor.common.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A count column of one gold table whose every cell is a sum of cells of another gold table: the same
 * persons published twice (privacy.md, "Linked tables"), e.g. {@code relocation_rate_monthly.children_at_month_end}
 * is {@code occupancy_monthly.persons} at opvangvorm and provincie {@code ALL}, summed over the minor age
 * bands. Disclosure control hides such a cell whenever one of its source cells is hidden, so the linked
 * figure never tells more than its source table does.
 *
 * <p>For a cell of {@code table}, the source cells are the cells of {@code source} at the matching time
 * (the same date, or the same month), with each source dimension set as follows: a dimension in
 * {@code fixed} takes that value; one in {@code summed} takes the cell's own value of that dimension when
 * the cell has a real one, else (an {@code ALL} cell, or a dimension the table does not have) each of the
 * listed values; any other source dimension takes the cell's own value.
 */
public record LinkedFigure(TableDef table, String column, TableDef source, String sourceColumn, TimeMatch time,
                           Map<String, String> fixed, Map<String, List<String>> summed) {

    /** How a cell's time value finds the source's. */
    public enum TimeMatch {
        /** The source time value is the same date (a month-end, an as_of). */
        SAME_DATE,
        /** The source time value lies in the same calendar month (a month start against a month-end). */
        SAME_MONTH
    }

    public LinkedFigure {
        fixed = Map.copyOf(fixed);
        summed = Map.copyOf(summed);
        if (table.column(column).role() != ColumnRole.COUNT || source.column(sourceColumn).role() != ColumnRole.COUNT) {
            throw new IllegalArgumentException("a linked figure links person counts: " + table.qualifiedName() + "."
                    + column + " to " + source.qualifiedName() + "." + sourceColumn);
        }
        for (String d : source.columnsWithRole(ColumnRole.DIMENSION)) {
            boolean own = table.columnsWithRole(ColumnRole.DIMENSION).contains(d);
            if (!fixed.containsKey(d) && !summed.containsKey(d) && !own) {
                throw new IllegalArgumentException(table.qualifiedName() + "." + column + " does not say which "
                        + source.qualifiedName() + "." + d + " it is the sum of");
            }
        }
    }

    /**
     * The source cells of a cell, each as its source dimension values by name, for a cell with the given
     * dimension values (the table's dimensions by name).
     */
    public List<Map<String, String>> sourceCells(Map<String, String> cell) {
        List<Map<String, String>> cells = new ArrayList<>();
        cells.add(new LinkedHashMap<>());
        for (String d : source.columnsWithRole(ColumnRole.DIMENSION)) {
            String own = cell.get(d);
            List<String> values;
            if (fixed.containsKey(d)) {
                values = List.of(fixed.get(d));
            } else if (summed.containsKey(d) && (own == null || GoldTables.ALL.equals(own))) {
                values = summed.get(d);
            } else {
                values = List.of(own);
            }
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : cells) {
                for (String v : values) {
                    Map<String, String> more = new LinkedHashMap<>(partial);
                    more.put(d, v);
                    next.add(more);
                }
            }
            cells = next;
        }
        return cells;
    }
}
