package nl.opvangmonitor.common.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * listed values; any other source dimension takes the cell's own value. Only the cells whose dimension
 * values match {@code where} are linked (all of them when it is empty). A source dimension named
 * differently in the table is mapped in {@code renamed} (source name to the table's).
 */
public record LinkedFigure(TableDef table, String column, TableDef source, String sourceColumn, TimeMatch time,
                           Map<String, String> fixed, Map<String, List<String>> summed, Map<String, String> where,
                           Map<String, String> renamed) {

    /** How a cell's time value finds the source's. */
    public enum TimeMatch {
        /** The source time value is the same date (a month-end, an as_of). */
        SAME_DATE,
        /** The source time value lies in the same calendar month (a month start against a month-end). */
        SAME_MONTH
    }

    /** A figure every cell of whose column is linked. */
    public LinkedFigure(TableDef table, String column, TableDef source, String sourceColumn, TimeMatch time,
                        Map<String, String> fixed, Map<String, List<String>> summed) {
        this(table, column, source, sourceColumn, time, fixed, summed, Map.of(), Map.of());
    }

    public LinkedFigure {
        fixed = Map.copyOf(fixed);
        summed = Map.copyOf(summed);
        where = Map.copyOf(where);
        renamed = Map.copyOf(renamed);
        if (table.column(column).role() != ColumnRole.COUNT || source.column(sourceColumn).role() != ColumnRole.COUNT) {
            throw new IllegalArgumentException("a linked figure links person counts: " + table.qualifiedName() + "."
                    + column + " to " + source.qualifiedName() + "." + sourceColumn);
        }
        for (String d : source.columnsWithRole(ColumnRole.DIMENSION)) {
            boolean own = table.columnsWithRole(ColumnRole.DIMENSION).contains(renamed.getOrDefault(d, d));
            if (!fixed.containsKey(d) && !summed.containsKey(d) && !own) {
                throw new IllegalArgumentException(table.qualifiedName() + "." + column + " does not say which "
                        + source.qualifiedName() + "." + d + " it is the sum of");
            }
        }
    }

    /**
     * Whether the table breaks the figure down by a dimension its source does not have ({@code where} names it: the
     * linked cells are the totals of lines of the table whose parts are not linked), as moves_out by age band.
     */
    public boolean brokenDownFurther() {
        List<String> sourceDimensions = source.columnsWithRole(ColumnRole.DIMENSION).stream()
                .map(d -> renamed.getOrDefault(d, d)).toList();
        return where.keySet().stream().anyMatch(d -> !sourceDimensions.contains(d));
    }

    /** Whether a cell with the given dimension values is one of the linked cells. */
    public boolean covers(Map<String, String> cell) {
        return where.entrySet().stream().allMatch(e -> e.getValue().equals(cell.get(e.getKey())));
    }

    /**
     * The source cells of a cell, each as its source dimension values by name, for a cell with the given
     * dimension values (the table's dimensions by name).
     */
    public List<Map<String, String>> sourceCells(Map<String, String> cell) {
        return cells(cell, summed);
    }

    /**
     * Every way to write the cell from source cells, each as its list of cells: per summed dimension the
     * cell expands, either its listed values or the source's total ({@code ALL}) and the dimension's other
     * values (whose values are subtracted); {@code sourceValues} has each source dimension's values. A
     * linked cell is as known as its best-known way: it tells nothing new when all cells of one way are
     * published.
     */
    public List<List<Map<String, String>>> representations(Map<String, String> cell, Map<String, Set<String>> sourceValues) {
        List<Map<String, List<String>>> ways = new ArrayList<>();
        ways.add(new LinkedHashMap<>());
        for (String d : source.columnsWithRole(ColumnRole.DIMENSION)) {
            String own = cell.get(renamed.getOrDefault(d, d));
            if (!summed.containsKey(d) || own != null && !GoldTables.ALL.equals(own)) {
                continue;
            }
            List<String> listed = summed.get(d);
            List<String> complement = new ArrayList<>(List.of(GoldTables.ALL));
            sourceValues.getOrDefault(d, Set.of()).stream()
                    .filter(v -> !v.equals(GoldTables.ALL) && !listed.contains(v)).sorted().forEach(complement::add);
            List<Map<String, List<String>>> next = new ArrayList<>();
            for (Map<String, List<String>> way : ways) {
                for (List<String> values : List.of(listed, complement)) {
                    Map<String, List<String>> more = new LinkedHashMap<>(way);
                    more.put(d, values);
                    next.add(more);
                }
            }
            ways = next;
        }
        return ways.stream().map(way -> cells(cell, way)).toList();
    }

    /** The cartesian product of the source dimension values, with {@code expand} giving the values of summed dimensions. */
    private List<Map<String, String>> cells(Map<String, String> cell, Map<String, List<String>> expand) {
        List<Map<String, String>> cells = new ArrayList<>();
        cells.add(new LinkedHashMap<>());
        for (String d : source.columnsWithRole(ColumnRole.DIMENSION)) {
            String own = cell.get(renamed.getOrDefault(d, d));
            List<String> values;
            if (fixed.containsKey(d)) {
                values = List.of(fixed.get(d));
            } else if (summed.containsKey(d) && (own == null || GoldTables.ALL.equals(own))) {
                values = expand.getOrDefault(d, summed.get(d));
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
