package nl.opvangmonitor.jobs.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.TableColumn;
import nl.opvangmonitor.common.tables.TableDef;

/**
 * A gold table as disclosure control sees it, read from its declaration: the time and dimension
 * columns that key a row, the person counts it suppresses itself, the counts whose hidden cells follow
 * from a linked source table ({@code linked}), the row totals and the statistics.
 */
record TableShape(TableDef table, Set<String> linked) {
    TableShape {
        linked = Set.copyOf(linked);
    }

    /** A table none of whose counts follows another table. */
    TableShape(TableDef table) {
        this(table, Set.of());
    }

    List<String> times() {
        return table.columnsWithRole(ColumnRole.TIME);
    }

    List<String> dimensions() {
        return table.columnsWithRole(ColumnRole.DIMENSION);
    }

    /** The person count columns this table suppresses itself: all but the linked ones. */
    List<String> counts() {
        return table.columnsWithRole(ColumnRole.COUNT).stream().filter(c -> !linked.contains(c)).toList();
    }

    /** Count columns declared as the exact sum of other count columns of the row, with those parts. */
    Map<String, List<String>> rowTotals() {
        Map<String, List<String>> totals = new LinkedHashMap<>();
        for (TableColumn c : table.columns()) {
            if (c.role() == ColumnRole.COUNT && !c.base().isEmpty()) {
                if (linked.contains(c.name()) || c.base().stream().anyMatch(linked::contains)) {
                    throw new IllegalArgumentException(table.qualifiedName() + "." + c.name()
                            + ": a row total cannot involve a linked count");
                }
                totals.put(c.name(), c.base());
            }
        }
        return totals;
    }

    /**
     * The statistics whose base counts persons (privacy.md); a statistic over locations or other
     * records is published as is.
     */
    List<TableColumn> personStatistics() {
        return table.columns().stream()
                .filter(c -> c.role() == ColumnRole.STATISTIC)
                .filter(c -> c.base().stream().allMatch(b -> table.column(b).role() == ColumnRole.COUNT))
                .toList();
    }
}
