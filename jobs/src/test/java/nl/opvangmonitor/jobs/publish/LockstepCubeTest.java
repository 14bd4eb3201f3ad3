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
        return layout(new int[][] {{1}, {0}});
    }

    /** The same layout with the given lockstep groups. */
    private static SuppressionLayout layout(int[][] lockstep) {
        SuppressionLayout plain = SuppressionLayout.of(new TableShape(TABLE), TABLE.schema(), K);
        int moves = plain.countAt()[0];
        int childrenMoved = plain.countAt()[1];
        return new SuppressionLayout(plain.timeAt(), plain.dimensions(), plain.dimensionAt(), plain.counts(),
                plain.countAt(), plain.rowTotals(), plain.rowTotalParts(),
                new int[][][] {{}, {{moves}}}, new int[][] {{childrenMoved}, {}},
                new boolean[][] {{false, false}, {true, false}}, lockstep, new int[][] {{}, {}},
                new int[][] {{}, {}}, plain.statisticBases(), plain.statisticCounts(), K);
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

    /**
     * A = {J: 3, N: 80}, B = C = {J: 4, N: 30}, moves = children_moved in every row. Around moves A/J the siblings B/J
     * and C/J (4 each) are too small for a cube of their own, but spread together they raise A/J by 8 (as far as
     * children_moved A/J may rise below its total ALL/J = 11), and A/J can fall by 3: width 11. That needs
     * children_moved to move with moves: alone, every moves cell sits on its equal children_moved and cannot fall.
     */
    @Test
    void aSpreadMovesTheLockstepGroupToo() {
        List<Row> rows = List.of(
                cells("A", "ALL", 83), cells("A", "J", 3), cells("A", "N", 80),
                cells("ALL", "ALL", 147), cells("ALL", "J", 11), cells("ALL", "N", 140),
                cells("B", "ALL", 34), cells("B", "J", 4), cells("B", "N", 30),
                cells("C", "ALL", 34), cells("C", "J", 4), cells("C", "N", 30));
        CellGrid grid = new CellGrid(rows, layout());
        boolean[] hidden = new boolean[grid.cells()];
        int movesAJ = 2;
        hidden[movesAJ] = true;
        SiblingSpread.Pattern spread = SiblingSpread.cheapest(grid, hidden, movesAJ, K - 1);
        assertEquals(Set.of("A/J/moves", "A/ALL/moves", "A/J/children_moved", "A/ALL/children_moved"),
                names(rows, spread.moved()));
        assertEquals(Set.of("B/J/moves", "B/ALL/moves", "B/J/children_moved", "B/ALL/children_moved",
                "C/J/moves", "C/ALL/moves", "C/J/children_moved", "C/ALL/children_moved"),
                names(rows, spread.waiting()));

        CellGrid withoutLockstep = new CellGrid(rows, layout(new int[][] {{}, {}}));
        assertEquals(null, SiblingSpread.cheapest(withoutLockstep, hidden, movesAJ, K - 1));
    }

    private static Set<String> names(List<Row> rows, int[] cells) {
        return java.util.stream.IntStream.of(cells).mapToObj(c -> rows.get(c / 2).getString(1) + "/"
                + rows.get(c / 2).getString(2) + "/" + (c % 2 == 0 ? "moves" : "children_moved"))
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * care_continuity_monthly in small (one soort, AMBULANT, so its ALL rows are equal), every interruption external:
     * interrupted_external = interrupted in every row, so the bound holds each interrupted_external cell where it is
     * and AMBULANT/REG/J = 3 has no cube of its own column (no corner can rise). As the last resort it moves with
     * interrupted and pairs, the row total interrupted is part of: +REG/J -REG/N -NOOD/J +NOOD/N, in both soort rows
     * and all three columns, keeps every line, the row sums and the bound; t runs from -3 to 22 (NOOD/J), 26 values.
     */
    @Test
    void aCountPinnedByItsBoundInARowTotalMovesWithTheBoundAndTheTotalAsALastResort() {
        TableDef care = GoldTables.CARE_CONTINUITY_MONTHLY;
        SuppressionLayout layout = SuppressionLayout.of(new TableShape(care), care.schema(), K);
        long[][] outcomes = {{20, 20, 3}, {30, 30, 25}, {20, 20, 22}, {30, 30, 28}}; // REG/J, REG/N, NOOD/J, NOOD/N
        String[][] keys = {{"REG", "J"}, {"REG", "N"}, {"NOOD", "J"}, {"NOOD", "N"}};
        java.util.Map<String, long[]> sums = new java.util.TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            for (String soort : List.of("AMBULANT", "ALL")) {
                for (String from : List.of(keys[i][0], "ALL")) {
                    for (String amv : List.of(keys[i][1], "ALL")) {
                        long[] sum = sums.computeIfAbsent(soort + "/" + from + "/" + amv, x -> new long[3]);
                        for (int o = 0; o < 3; o++) {
                            sum[o] += outcomes[i][o];
                        }
                    }
                }
            }
        }
        List<String> names = List.copyOf(sums.keySet());
        List<Row> gold = names.stream().map(name -> {
            long[] o = sums.get(name);
            String[] key = name.split("/");
            return row(java.sql.Date.valueOf(d("2026-04-01")), key[0], key[1], key[2], o[0] + o[1] + o[2], o[0], o[1],
                    o[2], 0L, null, o[2], false);
        }).toList();
        CellGrid grid = new CellGrid(gold, layout);
        int counts = grid.counts();
        int cell = names.indexOf("AMBULANT/REG/J") * counts + List.of(layout.counts()).indexOf("interrupted_external");
        boolean[] hidden = new boolean[grid.cells()];
        hidden[cell] = true;

        assertEquals(null, Hypercube.cheapest(grid, hidden, cell, K - 1));
        Set<String> cube = new TreeSet<>();
        for (int corner : Hypercube.cheapestWithBound(grid, hidden, cell, K - 1)) {
            cube.add(names.get(corner / counts) + "/" + layout.counts()[corner % counts]);
        }
        Set<String> expected = new TreeSet<>();
        for (String[] key : keys) {
            for (String soort : List.of("AMBULANT", "ALL")) {
                for (String column : List.of("interrupted_external", "interrupted", "pairs")) {
                    expected.add(soort + "/" + key[0] + "/" + key[1] + "/" + column);
                }
            }
        }
        assertEquals(expected, cube);
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

    /** The last resort of a count whose single bound is part of a row total: that bound and the total. */
    @Test
    void theLastResortOfACountIsItsBoundAndTheRowTotalTheBoundIsPartOf() {
        assertEquals(List.of("interrupted", "pairs"),
                boundAndTotal(GoldTables.CARE_CONTINUITY_MONTHLY, "interrupted_external"));
        assertEquals(List.of("enrolled_in_time", "children"),
                boundAndTotal(GoldTables.SCHOOL_ACCESS, "within_42_days"));
        assertEquals(List.of(), boundAndTotal(GoldTables.RELOCATIONS_MONTHLY, "children_moved"));
        assertEquals(List.of(), boundAndTotal(GoldTables.CARE_CONTINUITY_MONTHLY, "interrupted"));
    }

    /**
     * In a flow ({@link CyclePattern}) the bound may instead move against another part of its row total: for
     * within_42_days every other status of school_access, for interrupted_external every other outcome.
     */
    @Test
    void theBoundMayMoveAgainstEveryOtherPartOfItsRowTotal() {
        assertEquals(List.of("unlinked", "enrolled_late", "waiting_in_term", "overdue", "left"),
                columns(GoldTables.SCHOOL_ACCESS, "within_42_days", SuppressionLayout::boundSiblings));
        assertEquals(List.of("continued", "transferred", "pending"),
                columns(GoldTables.CARE_CONTINUITY_MONTHLY, "interrupted_external", SuppressionLayout::boundSiblings));
        assertEquals(List.of(),
                columns(GoldTables.RELOCATIONS_MONTHLY, "children_moved", SuppressionLayout::boundSiblings));
    }

    private static List<String> columns(TableDef table, String count,
                                        java.util.function.Function<SuppressionLayout, int[][]> perCount) {
        SuppressionLayout layout = SuppressionLayout.of(new TableShape(table), table.schema(), K);
        int c = List.of(layout.counts()).indexOf(count);
        return java.util.stream.IntStream.of(perCount.apply(layout)[c]).mapToObj(o -> layout.counts()[o]).toList();
    }

    private static List<String> boundAndTotal(TableDef table, String count) {
        return columns(table, count, SuppressionLayout::boundAndTotal);
    }

    private static List<String> group(TableDef table, String count) {
        SuppressionLayout layout = SuppressionLayout.of(new TableShape(table), table.schema(), K);
        int c = List.of(layout.counts()).indexOf(count);
        return java.util.stream.IntStream.of(layout.lockstep()[c]).mapToObj(o -> layout.counts()[o]).toList();
    }
}
