package nl.opvangmonitor.jobs.publish;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The pure-Java core of disclosure control on hand-built tables, without Spark: the lines of a grid, the
 * cheapest protecting hypercube, the joint check and its exact elimination. Every expectation is worked out
 * by hand in the test's comment.
 */
class SuppressionCoreTest {
    private static final int K = 10;
    private static final TableDef TABLE = TableDef.builder(Layer.GOLD, "two_way").time("month")
            .dim("a").dim("b").count("persons").keys("month", "a", "b").build();
    private static final List<String> A = List.of("A1", "A2", "A3", "ALL");
    private static final List<String> B = List.of("B1", "B2", "ALL");

    /**
     * A 3x2 table with its totals, rows in the grid's order (a, then b); {@code values[i][j]} is the cell of
     * A(i+1), B(j+1); totals are the sums.
     */
    private static CellGrid grid(long[][] values) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < A.size(); i++) {
            for (int j = 0; j < B.size(); j++) {
                rows.add(row(java.sql.Date.valueOf(d("2026-04-30")), A.get(i), B.get(j), value(values, i, j)));
            }
        }
        return new CellGrid(rows, SuppressionLayout.of(new TableShape(TABLE), TABLE.schema(), K));
    }

    private static long value(long[][] values, int i, int j) {
        IntStream is = i < 3 ? IntStream.of(i) : IntStream.range(0, 3);
        return is.mapToLong(r -> j < 2 ? values[r][j] : values[r][0] + values[r][1]).sum();
    }

    /** The cell of A{i+1} (ALL for 3), B{j+1} (ALL for 2): one count column, so the row index. */
    private static int cell(int i, int j) {
        return i * B.size() + j;
    }

    private static String name(int cell) {
        return A.get(cell / B.size()) + "/" + B.get(cell % B.size());
    }

    private static Set<String> names(int[] cells) {
        return IntStream.of(cells).mapToObj(SuppressionCoreTest::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Along a: one line per b value (B1, B2, ALL), each with three parts and the ALL total; along b: one line
     * per a value, two parts and the total. 3 + 4 = 7 lines; an inner cell is on two lines, the national cell
     * is the total of two.
     */
    @Test
    void aGridHasOneLinePerDimensionAndOtherCoordinates() {
        CellGrid grid = grid(new long[][] {{3, 40}, {50, 60}, {20, 25}});
        assertEquals(7, grid.lines());
        assertEquals(2, grid.linesOf(cell(0, 0)).length);
        int alongA = IntStream.of(grid.linesOf(cell(0, 0))).filter(l -> grid.cellsOf(l).length == 4).findFirst().orElseThrow();
        assertEquals(cell(3, 0), grid.totalOf(alongA));
        assertEquals(Set.of("A1/B1", "A2/B1", "A3/B1", "ALL/B1"), names(grid.cellsOf(alongA)));
        assertEquals(73, grid.value(cell(3, 0)));
        assertEquals(true, grid.national(cell(3, 2)));
        assertEquals(1, grid.level(cell(0, 2)));
    }

    /**
     * A1/B1 = 3 is primary. The cheapest rectangle takes the smallest other parts of its two lines: A3/B1 = 20
     * along a and A1/B2 = 40 along b, corner A3/B2 = 25 (cost 85; through A2 it would be 40 + 50 + 60 = 150,
     * and a total costs its value times 4). Corners +A1/B1, -A1/B2, -A3/B1, +A3/B2: t runs from -3 to 20,
     * 23 >= k - 1, so the cube protects; no total is hidden.
     */
    @Test
    void theCheapestCubeTakesTheSmallestPartsAndSparesTheTotals() {
        CellGrid grid = grid(new long[][] {{3, 40}, {50, 60}, {20, 25}});
        boolean[] hidden = new boolean[grid.cells()];
        hidden[cell(0, 0)] = true;
        int[] cube = Hypercube.cheapest(grid, hidden, cell(0, 0), K - 1);
        assertEquals(Set.of("A1/B1", "A1/B2", "A3/B1", "A3/B2"), names(cube));

        SuppressionFixpoint result = SuppressionFixpoint.run(grid, K);
        Set<String> hiddenCells = IntStream.range(0, grid.cells()).filter(result::hidden)
                .mapToObj(SuppressionCoreTest::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("A1/B1", "A1/B2", "A3/B1", "A3/B2"), hiddenCells);
        for (int complement : new int[] {cell(0, 1), cell(2, 0), cell(2, 1)}) {
            assertEquals("A1/B1", name(result.protects(complement)), name(complement) + " protects the primary");
        }
        assertEquals(-1, result.protects(cell(0, 0)), "a primary cell protects nothing");
    }

    /**
     * A1/ALL (43) and A3/ALL (45) are linked figures hidden at their source. Free to move here, they make the
     * cheapest cube around the primary A1/B1 = 3: +A1/B1 +A1/ALL -A3/B1 -A3/ALL hides only A3/B1 (cost 20, against 85
     * through the parts). Held at their source (this table breaks them down further than the source does, as
     * relocation_rate_monthly breaks relocations_monthly's moves down by age band), they cannot move here: nothing
     * here would move their source cells with them. The cube then takes the parts A1/B2, A3/B1 and A3/B2, and the
     * fixpoint seeks no pattern for the held cells, which their source's patterns protect.
     */
    @Test
    void aFigureHeldAtItsSourceIsNoCornerHereAndGetsNoPatternHere() {
        long[][] values = {{3, 40}, {50, 60}, {20, 25}};
        boolean[] hidden = new boolean[cell(3, 2) + 1];
        for (int cell : new int[] {cell(0, 0), cell(0, 2), cell(2, 2)}) {
            hidden[cell] = true;
        }
        CellGrid free = grid(values);
        CellGrid held = grid(values);
        for (int total : new int[] {cell(0, 2), cell(2, 2)}) {
            free.link(total, true);
            held.link(total, true);
            held.hold(total);
        }

        assertEquals(Set.of("A1/B1", "A1/ALL", "A3/B1", "A3/ALL"),
                names(Hypercube.cheapest(free, hidden, cell(0, 0), K - 1)));
        assertEquals(Set.of("A1/B1", "A1/B2", "A3/B1", "A3/B2"),
                names(Hypercube.cheapest(held, hidden, cell(0, 0), K - 1)));
        SuppressionFixpoint result = SuppressionFixpoint.run(held, K);
        assertEquals(Set.of("A1/B1", "A1/B2", "A1/ALL", "A3/B1", "A3/B2", "A3/ALL"), names(
                IntStream.range(0, held.cells()).filter(result::hidden).toArray()));
        assertEquals(Set.of("A1/B1"), IntStream.range(0, held.cells()).filter(c -> result.protects(c) >= 0)
                .mapToObj(c -> name(result.protects(c))).collect(Collectors.toSet()));
    }

    /**
     * A1/ALL (43) costs 43 x 4 (one dimension totalled). When a national figure of another table is made of it (as
     * relocation_rate_monthly's national children are made of occupancy's national minor bands), hiding it hides
     * that figure: it costs as if it totalled over four more dimensions, 43 x 4 x 256, still less than the national
     * cell ALL/ALL.
     */
    @Test
    void aCellANationalFigureOfAnotherTableIsMadeOfCostsFourLevelsMore() {
        CellGrid grid = grid(new long[][] {{3, 40}, {50, 60}, {20, 25}});
        boolean[] hidden = new boolean[grid.cells()];
        assertEquals(43 * 4, Hypercube.hidingCost(grid, hidden, cell(0, 2)));

        grid.markNational(cell(0, 2));

        assertEquals(43 * 4 * 256, Hypercube.hidingCost(grid, hidden, cell(0, 2)));
        assertTrue(Hypercube.hidingCost(grid, hidden, cell(0, 2)) < Hypercube.hidingCost(grid, hidden, cell(3, 2)));
    }

    /**
     * A1/B1 = 3 and A1/B2 = 4 are both primary. A rectangle through both has them with opposite signs, so t
     * runs from -3 to 4, width 7 < 9: refused. Along b the cube takes the row total A1/ALL (7) instead, which
     * keeps the sign; along a the part A3/B1 (20): corners +A1/B1 (3), +A1/ALL (7), -A3/B1 (20), -A3/ALL (45),
     * t from -3 to 20. When every part beside it is small ({3, 4}, {1, 2}, {2, 1}), only the cube through
     * both totals is wide (all its corners rise together), and it reaches the national cell.
     */
    @Test
    void aCubeTooNarrowBetweenTwoSmallPartsGoesThroughATotal() {
        CellGrid grid = grid(new long[][] {{3, 4}, {50, 60}, {20, 25}});
        boolean[] hidden = new boolean[grid.cells()];
        hidden[cell(0, 0)] = true;
        hidden[cell(0, 1)] = true;
        assertEquals(Set.of("A1/B1", "A1/ALL", "A3/B1", "A3/ALL"), names(Hypercube.cheapest(grid, hidden, cell(0, 0), K - 1)));
        assertEquals(Set.of("A1/B1", "A1/ALL", "ALL/B1", "ALL/ALL"),
                names(Hypercube.cheapest(grid(new long[][] {{3, 4}, {1, 2}, {2, 1}}), hidden, cell(0, 0), K - 1)));
    }

    /**
     * A1 = {3, 4} (7), A2 = A3 = {5, 30} (35): ALL/B1 = 13, ALL/B2 = 64, ALL/ALL = 77. A1/B1 (3), A1/B2 (4),
     * A1/ALL (7), A2/B1 and A3/B1 (5) are primary. Around A1/B1 every rectangle with a part is too narrow (3 + 5 and
     * 3 + 4 are below 9), so the only wide cube is ALL/B1, A1/ALL and the national ALL/ALL. The spread along a takes
     * both siblings with their row totals: -A2/B1 -A2/ALL and -A3/B1 -A3/ALL, each able to fall by 5, together
     * raise the chain +A1/B1 +A1/ALL by 10, which can fall by 3: width 13 >= 9, cost 4 * (35 + 35) = 280 for the
     * newly hidden A2/ALL and A3/ALL. The fixpoint finds cheaper still: the table has two dimensions, and a flow of
     * cycles ({@link CyclePattern}) lets A1/B1 fall by 3 through A1/ALL, A2/ALL, A2/B1 (+3 each, they are hidden or
     * cost 4 * 35) and rise by 6 through A1/B2, A2/B2 and A3/B1, A3/B2 (30, a detail cell), A3/ALL published.
     * By hand, with a = A1/B1, c = A3/B1 and d = A1/B2 free: a + A2/B1 + c = 13, A3/B2 = 35 - c runs 22..35,
     * A2/B2 = 29 - d + c, A1/ALL + A2/ALL = 42; every hidden cell keeps at least 10 values. Published: A3/ALL = 35,
     * ALL/B1 = 13, ALL/B2 = 64, ALL/ALL = 77.
     */
    @Test
    void smallSiblingsTogetherProtectACellThatOnlyTheNationalCellCouldProtectAlone() {
        CellGrid grid = grid(new long[][] {{3, 4}, {5, 30}, {5, 30}});
        boolean[] hidden = new boolean[grid.cells()];
        IntStream.of(cell(0, 0), cell(0, 1), cell(0, 2), cell(1, 0), cell(2, 0)).forEach(c -> hidden[c] = true);
        assertEquals(Set.of("A1/B1", "A1/ALL", "ALL/B1", "ALL/ALL"),
                names(Hypercube.cheapest(grid, hidden, cell(0, 0), K - 1)));
        SiblingSpread.Pattern spread = SiblingSpread.cheapest(grid, hidden, cell(0, 0), K - 1);
        assertEquals(Set.of("A1/B1", "A1/ALL"), names(spread.moved()));
        assertEquals(Set.of("A2/B1", "A2/ALL", "A3/B1", "A3/ALL"), names(spread.waiting()));
        assertEquals(280, spread.cost());

        SuppressionFixpoint result = SuppressionFixpoint.run(grid, K);
        Set<String> hiddenCells = IntStream.range(0, grid.cells()).filter(result::hidden)
                .mapToObj(SuppressionCoreTest::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("A1/B1", "A1/B2", "A1/ALL", "A2/B1", "A2/B2", "A2/ALL", "A3/B1", "A3/B2"), hiddenCells);
    }

    /**
     * A1 = {1, 2}, A2 = {0, 6}, A3 = {0, 5}; A1/ALL = 3 hidden. Its plain cubes are narrow (with A2/ALL and
     * A1/B2: t from -2 to 6) or reach the national cell. It is the total of its b line, so each sibling's cube moves
     * it to one part: B2, where the siblings are 6 and 5 (at B1 they are 0 and could not fall). A3's cube
     * (cheaper: 2 + 4 * 5 + 5) moves by 5, A2's by 6: A1/ALL and A1/B2 rise by 11 and can fall by 2, width 13.
     * Cost 2 + 24 + 6 + 20 + 5 = 57; the siblings' cells move less and wait for their own patterns.
     */
    @Test
    void aSpreadFromATotalTakesThePartWhereTheSiblingsAreLarge() {
        CellGrid grid = grid(new long[][] {{1, 2}, {0, 6}, {0, 5}});
        boolean[] hidden = new boolean[grid.cells()];
        hidden[cell(0, 2)] = true;
        SiblingSpread.Pattern spread = SiblingSpread.cheapest(grid, hidden, cell(0, 2), K - 1);
        assertEquals(Set.of("A1/ALL", "A1/B2"), names(spread.moved()));
        assertEquals(Set.of("A2/B2", "A2/ALL", "A3/B2", "A3/ALL"), names(spread.waiting()));
        assertEquals(57, spread.cost());
    }

    /**
     * b nested in a, as opvangvorm in category: B1 exists under A1 only (3), B2 and B3 under A2 only (20, 30).
     * ALL/B1 = 3 is hidden. Every cube needs a corner A1/B2 or A1/B3, which do not exist, except the one through
     * the national cell. The spread takes ALL/B1's chain up (A1/B1, A1/ALL) and ALL/B2's down (A2/B2, A2/ALL): the
     * national cell, where both chains meet, does not move, and the a line of the totals (A1/ALL + A2/ALL = 53)
     * holds because A1/ALL rises as A2/ALL falls. B2 alone can fall by 20: width 23. Cost 3 + 4 * 3 for A1's cells,
     * 4 * 20 + 20 + 4 * 50 for A2's.
     */
    @Test
    void aSpreadCrossesANestedDimensionWhereNoCubeCan() {
        List<String> names = List.of("A1/B1", "A1/ALL", "A2/B2", "A2/B3", "A2/ALL", "ALL/B1", "ALL/B2", "ALL/B3",
                "ALL/ALL");
        long[] values = {3, 3, 20, 30, 50, 3, 20, 30, 53};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String[] ab = names.get(i).split("/");
            rows.add(row(java.sql.Date.valueOf(d("2026-04-30")), ab[0], ab[1], values[i]));
        }
        CellGrid grid = new CellGrid(rows, SuppressionLayout.of(new TableShape(TABLE), TABLE.schema(), K));
        boolean[] hidden = new boolean[grid.cells()];
        int cell = names.indexOf("ALL/B1");
        hidden[cell] = true;
        int[] cube = Hypercube.cheapest(grid, hidden, cell, K - 1);
        assertEquals(Set.of("ALL/B1", "A1/B1", "ALL/ALL", "A1/ALL"),
                IntStream.of(cube).mapToObj(names::get).collect(Collectors.toSet()));
        SiblingSpread.Pattern spread = SiblingSpread.cheapest(grid, hidden, cell, K - 1);
        assertEquals(Set.of("ALL/B1", "A1/B1", "A1/ALL"),
                IntStream.of(spread.moved()).mapToObj(names::get).collect(Collectors.toSet()));
        assertEquals(Set.of("ALL/B2", "A2/B2", "A2/ALL"),
                IntStream.of(spread.waiting()).mapToObj(names::get).collect(Collectors.toSet()));
        assertEquals(3 + 12 + 80 + 20 + 200, spread.cost());
    }

    /** With siblings of 1 and 2 beside A1/B1 = 3 no spread reaches 9 (3 + 1 + 2), so there is none. */
    @Test
    void noSpreadWhenTheSiblingsTogetherAreTooSmall() {
        CellGrid grid = grid(new long[][] {{3, 4}, {1, 2}, {2, 1}});
        boolean[] hidden = new boolean[grid.cells()];
        hidden[cell(0, 0)] = true;
        assertEquals(null, SiblingSpread.cheapest(grid, hidden, cell(0, 0), K - 1));
    }

    /**
     * Every pair of neighbours is wide enough (3 + 7, 3 + 8), but the cheapest rectangle A1/B1, A1/B2 (7),
     * A2/B1 (8), A2/B2 (1), cost 16, is not: t runs from -min(3, 1) to min(7, 8), width 8 < 9. The next
     * cheapest, through the row total A1/ALL (10, weighted 40), A2/B1 (8) and A2/ALL (9, weighted 36), cost 84:
     * corners +3, +10, -8, -9, t from -3 to 8, width 11. Through A3 it would cost 7 + 50 + 60 = 117.
     */
    @Test
    void aCubeIsRefusedWhenItsCornersTogetherCannotMoveByKMinusOne() {
        CellGrid grid = grid(new long[][] {{3, 7}, {8, 1}, {50, 60}});
        boolean[] hidden = new boolean[grid.cells()];
        hidden[cell(0, 0)] = true;
        assertEquals(Set.of("A1/B1", "A1/ALL", "A2/B1", "A2/ALL"), names(Hypercube.cheapest(grid, hidden, cell(0, 0), K - 1)));
    }

    /**
     * Hidden A1/B1 and A1/B2 share their b line, but each is alone on its a line: the a line of B1 gives
     * A1/B1 = 73 - 50 - 20 away, so the joint check reports both. Hiding the whole rectangle with A3 leaves
     * two unknowns on every line, and nothing is determined.
     */
    @Test
    void theJointCheckFindsCellsThatTheLinesTogetherDetermine() {
        CellGrid grid = grid(new long[][] {{3, 40}, {50, 60}, {20, 25}});
        boolean[] hidden = new boolean[grid.cells()];
        hidden[cell(0, 0)] = true;
        hidden[cell(0, 1)] = true;
        BitSet all = new BitSet();
        all.set(0, grid.cells());
        assertEquals(Set.of("A1/B1", "A1/B2"), JointCheck.determined(grid, hidden, all).stream()
                .map(d -> name(d.cell())).collect(Collectors.toSet()));

        hidden[cell(2, 0)] = true;
        hidden[cell(2, 1)] = true;
        assertEquals(List.of(), JointCheck.determined(grid, hidden, all));
    }

    /**
     * x0 + x1 and x1 + x2 fix nothing alone; with x0 + x2 every unknown is fixed (x0 = (e1 - e2 + e3) / 2,
     * which needs 2 to be invertible: it is modulo the prime). x0 - x1 with x0 + x1 fixes both.
     */
    @Test
    void exactEliminationFindsTheUnknownsTheEquationsFix() {
        ModularElimination chain = new ModularElimination(3);
        chain.add(new int[] {1, 2});
        chain.add(new int[] {2, 3});
        assertEquals(List.of(), chain.determined());
        chain.add(new int[] {1, 3});
        assertEquals(List.of(0, 1, 2), chain.determined());

        ModularElimination pair = new ModularElimination(2);
        pair.add(new int[] {1, 2});
        pair.add(new int[] {1, -2});
        assertArrayEquals(new int[] {0, 1}, pair.determined().stream().mapToInt(Integer::intValue).toArray());
    }
}
