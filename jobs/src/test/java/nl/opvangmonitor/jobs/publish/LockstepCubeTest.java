package nl.opvangmonitor.jobs.publish;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * A distinct-person count bounded by an equal count of its row (children_moved = moves, every child moved once)
 * gets a protecting cube only when the bound moves with it: the case the LP audit found pinned on the demo.
 */
class LockstepCubeTest {
    private static final int K = 10;
    private static final TableDef TABLE = TableDef.builder(Layer.GOLD, "moves_by_category").time("month")
            .dim("from_category").dim("amv").count("moves").count("children_moved")
            .keys("month", "from_category", "amv").build();
    /** Rows in the grid's order (dimension values sorted); moves = children_moved in every row. */
    private static final List<Row> ROWS = List.of(
            cells("ALL", "ALL", 83), cells("ALL", "J", 13), cells("ALL", "N", 70),
            cells("NOOD", "ALL", 50), cells("NOOD", "J", 10), cells("NOOD", "N", 40),
            cells("REG", "ALL", 33), cells("REG", "J", 3), cells("REG", "N", 30));

    private static Row cells(String from, String amv, long value) {
        return row(java.sql.Date.valueOf(d("2026-04-30")), from, amv, value, value);
    }

    /**
     * The layout of relocations_monthly in small: children_moved <= moves (partners), children_moved counts
     * distinct persons along from_category (a part never exceeds its total) and adds up along amv.
     */
    private static SuppressionLayout layout() {
        SuppressionLayout plain = SuppressionLayout.of(new TableShape(TABLE), TABLE.schema(), K);
        int moves = plain.countAt()[0];
        int childrenMoved = plain.countAt()[1];
        return new SuppressionLayout(plain.timeAt(), plain.dimensions(), plain.dimensionAt(), plain.counts(),
                plain.countAt(), plain.rowTotals(), plain.rowTotalParts(),
                new int[][][] {{}, {{moves}}}, new int[][] {{childrenMoved}, {}},
                new boolean[][] {{false, false}, {true, false}}, new int[][] {{1}, {0}}, K);
    }

    /**
     * REG/J is 3 in both columns. Without lockstep, children_moved has no wide cube (each hidden part can rise
     * only up to its equal moves, so opposite parts pin each other) and moves only the all-totals cube, which
     * hides the national row. With lockstep the two columns share the cube REG/J, REG/N, NOOD/J, NOOD/N: by hand,
     * moves REG/J = x with NOOD/J = 13 - x, REG/N = 33 - x, NOOD/N = 37 + x, so x runs over 0..13; children_moved
     * follows it (its REG row sums to 33 like moves' and each part is at most its moves), 14 values each.
     */
    @Test
    void aCountBoundedByAnEqualCountMovesInLockstepAndSparesTheTotals() {
        CellGrid grid = new CellGrid(ROWS, layout());
        SuppressionFixpoint result = SuppressionFixpoint.run(grid, K);

        Set<String> hidden = new TreeSet<>();
        for (int cell = 0; cell < grid.cells(); cell++) {
            if (result.hidden(cell)) {
                Row r = ROWS.get(cell / 2);
                hidden.add(r.getString(1) + "/" + r.getString(2) + "/" + (cell % 2 == 0 ? "moves" : "children_moved"));
            }
        }
        assertEquals(new TreeSet<>(List.of(
                "NOOD/J/children_moved", "NOOD/J/moves", "NOOD/N/children_moved", "NOOD/N/moves",
                "REG/J/children_moved", "REG/J/moves", "REG/N/children_moved", "REG/N/moves")), hidden);
    }

    /** Groups join counts by single-column bounds, in chains, and leave out counts in a row total. */
    @Test
    void lockstepGroupsFollowTheSubCountsOutsideRowTotals() {
        assertEquals(List.of("moves"), group(GoldTables.RELOCATIONS_MONTHLY, "children_moved"));
        assertEquals(List.of(), group(GoldTables.RELOCATIONS_MONTHLY, "intake_placements"));
        assertEquals(List.of("child_days", "children_present", "children_3plus_moves_12m"),
                group(GoldTables.RELOCATION_RATE_MONTHLY, "children_at_month_end"));
        // interrupted and enrolled_in_time are parts of a row total (pairs, children): moving them alone breaks it.
        assertEquals(List.of(), group(GoldTables.CARE_CONTINUITY_MONTHLY, "interrupted_external"));
        assertEquals(List.of(), group(GoldTables.SCHOOL_ACCESS, "within_42_days"));
    }

    private static List<String> group(TableDef table, String count) {
        SuppressionLayout layout = SuppressionLayout.of(new TableShape(table), table.schema(), K);
        int c = List.of(layout.counts()).indexOf(count);
        return java.util.stream.IntStream.of(layout.lockstep()[c]).mapToObj(o -> layout.counts()[o]).toList();
    }
}
