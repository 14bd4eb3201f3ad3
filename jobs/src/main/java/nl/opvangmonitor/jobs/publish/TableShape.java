package nl.opvangmonitor.jobs.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.TableColumn;
import nl.opvangmonitor.common.tables.TableDef;

/**
 * A gold table as disclosure control sees it, read from its declaration alone: the time and
 * dimension columns that key a row, the person counts, the row totals and the statistics.
 */
record TableShape(TableDef table) {

    List<String> times() {
        return table.columnsWithRole(ColumnRole.TIME);
    }

    List<String> dimensions() {
        return table.columnsWithRole(ColumnRole.DIMENSION);
    }

    /** The person count columns, the cells that are suppressed. */
    List<String> counts() {
        return table.columnsWithRole(ColumnRole.COUNT);
    }

    /** Count columns declared as the exact sum of other count columns of the row, with those parts. */
    Map<String, List<String>> rowTotals() {
        Map<String, List<String>> totals = new LinkedHashMap<>();
        for (TableColumn c : table.columns()) {
            if (c.role() == ColumnRole.COUNT && !c.base().isEmpty()) {
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
