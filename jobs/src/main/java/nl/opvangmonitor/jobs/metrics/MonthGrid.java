package nl.opvangmonitor.jobs.metrics;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.TableColumn;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Monthly gold tables cover every month from the first reporting month to the month of as_of
 * (metrics.md, Common terms): a month without any event still gets its total row, with zero counts
 * and null statistics, so a series shows 0 rather than a hole.
 */
public final class MonthGrid {
    private MonthGrid() {
    }

    /**
     * Keeps the rows of {@code gold} whose {@code timeColumn} lies on the grid of {@code months}
     * (a column of the same name there) and adds an all-{@code ALL} row for every grid month
     * without rows; the result has the table's declared columns but the plain ones (such as
     * {@code provisional}), which the caller adds.
     */
    public static Dataset<Row> covering(Dataset<Row> gold, Dataset<Row> months, String timeColumn, TableDef table) {
        Dataset<Row> grid = months.select(timeColumn);
        Dataset<Row> onGrid = gold.join(grid, timeColumn);
        Dataset<Row> empty = grid.join(onGrid.select(timeColumn).distinct(), timeColumn, "left_anti");
        List<Column> cells = new ArrayList<>();
        List<Column> declared = new ArrayList<>();
        for (TableColumn c : table.columns()) {
            if (c.role() != ColumnRole.PLAIN) {
                cells.add(emptyCell(c, timeColumn).cast(c.type()).as(c.name()));
                declared.add(col(c.name()));
            }
        }
        return onGrid.select(declared.toArray(Column[]::new)).unionByName(empty.select(cells.toArray(Column[]::new)));
    }

    private static Column emptyCell(TableColumn c, String timeColumn) {
        if (c.name().equals(timeColumn)) {
            return col(timeColumn);
        }
        if (c.role() == ColumnRole.DIMENSION) {
            return lit(GoldTables.ALL);
        }
        if (c.role() == ColumnRole.COUNT || c.role() == ColumnRole.RECORD_COUNT) {
            return lit(0L);
        }
        return lit(null);
    }
}
