package nl.opvangmonitor.jobs.publish;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * A two-dimensional table (municipality by school type) where no hypercube around a small cell spares the national
 * total, but a cycle of six cells through two municipality totals does.
 */
class CyclePatternTest {
    private static final int K = 10;
    private static final TableDef TABLE = TableDef.builder(Layer.GOLD, "enrolments_by_type").time("month")
            .dim("gemeentecode").dim("onderwijssoort").count("enrolments")
            .keys("month", "gemeentecode", "onderwijssoort").build();
    /**
     * A holds one child, in X; B holds 1 in X and 50 in Y. Rows in the grid's order (dimension values sorted).
     * <pre>
     *          X   Y  ALL
     *   A      1   0    1
     *   B      1  50   51
     *   ALL    2  50   52
     * </pre>
     */
    private static final List<Row> ROWS = List.of(
            cells("A", "ALL", 1), cells("A", "X", 1), cells("A", "Y", 0),
            cells("ALL", "ALL", 52), cells("ALL", "X", 2), cells("ALL", "Y", 50),
            cells("B", "ALL", 51), cells("B", "X", 1), cells("B", "Y", 50));

    private static Row cells(String gemeente, String soort, long value) {
        return row(java.sql.Date.valueOf(d("2026-04-30")), gemeente, soort, value);
    }

    private static CellGrid grid() {
        return new CellGrid(ROWS, SuppressionLayout.of(new TableShape(TABLE), TABLE.schema(), K));
    }

    /**
     * Around A/X = 1 every cube of four cells holds a corner that cannot move: A/Y = 0 would fall, or B/X = 1 and
     * A/X = 1 bound both sides to 1; only the all-totals cube (A/X, A/ALL, ALL/X, ALL/ALL) is wide, and it hides the
     * national total (the cheapest cube, checked below). By hand, the cycle +A/X +A/ALL -B/ALL -B/Y -ALL/Y +ALL/X
     * keeps every line (A: 1 = 1 + 0, B: 51 = 1 + 50, X: 2 = 1 + 1, Y: 50 = 0 + 50, ALL: 52 = 1 + 51 = 2 + 50) and
     * can rise by 50 (B/Y, ALL/Y). The flow lets A/X fall by 1 along the cheaper cycle +A/X +A/ALL -B/ALL -B/X (B/X
     * rises) and rise by the other 8 along the six cells: A/X, A/ALL and B/ALL move by 9 and are protected, the
     * others move by 1 or 8 and wait for a pattern of their own.
     */
    @Test
    void aCycleThroughTwoMunicipalityTotalsProtectsTheCellAndSparesTheNationalTotal() {
        CellGrid grid = grid();
        boolean[] hidden = new boolean[grid.cells()];
        int ax = 1;
        hidden[ax] = true;

        assertEquals(List.of("A/ALL", "A/X", "ALL/ALL", "ALL/X"),
                IntStream.of(Hypercube.cheapest(grid, hidden, ax, K - 1)).mapToObj(this::name).sorted().toList());
        SiblingSpread.Pattern flow = CyclePattern.cheapest(grid, hidden, ax, K - 1);
        Map<String, Integer> moves = new TreeMap<>();
        for (SignedMove cycle : flow.parts()) {
            IntStream.range(0, cycle.cells().length).forEach(i -> moves.put(name(cycle.cells()[i]), cycle.signs()[i]));
        }
        assertEquals(Map.of("A/X", 1, "A/ALL", 1, "B/ALL", -1, "B/X", -1, "B/Y", -1, "ALL/Y", -1, "ALL/X", 1), moves);
        assertEquals(List.of("A/ALL", "A/X", "B/ALL"),
                IntStream.of(flow.moved()).mapToObj(this::name).sorted().toList());
        assertEquals(List.of("ALL/X", "ALL/Y", "B/X", "B/Y"),
                IntStream.of(flow.waiting()).mapToObj(this::name).sorted().toList());

        SuppressionFixpoint result = SuppressionFixpoint.run(grid, K);
        List<String> hiddenCells = IntStream.range(0, grid.cells()).filter(result::hidden).mapToObj(this::name)
                .sorted().toList();
        assertEquals(List.of("A/ALL", "A/X", "ALL/X", "ALL/Y", "B/ALL", "B/X", "B/Y"), hiddenCells);
    }

    /**
     * The same table with a third dimension, amv, whose only value J holds everyone (every J row equals its ALL
     * row). Around A/X/J every cube's amv line goes to the total A/X/ALL, and the only wide one again holds the
     * national ALL/ALL/ALL. The flow runs in the plane gemeentecode by onderwijssoort at amv J, each cell moving with
     * its copy at amv ALL (the cell's neighbour on its third line): the six-cell cycle twice, no national cell.
     */
    @Test
    void inATableOfThreeDimensionsTheCyclesRunInAPlaneAndTheirCopiesAlongTheThirdLine() {
        TableDef table = TableDef.builder(Layer.GOLD, "enrolments_by_type_and_amv").time("month")
                .dim("gemeentecode").dim("onderwijssoort").dim("amv").count("enrolments")
                .keys("month", "gemeentecode", "onderwijssoort", "amv").build();
        List<Row> rows = ROWS.stream().flatMap(r -> java.util.stream.Stream.of("ALL", "J").map(amv -> row(r.get(0),
                r.getString(1), r.getString(2), amv, r.getLong(3)))).toList();
        CellGrid grid = new CellGrid(rows, SuppressionLayout.of(new TableShape(table), table.schema(), K));
        java.util.function.IntFunction<String> name = c -> rows.get(c).getString(1) + "/" + rows.get(c).getString(2)
                + "/" + rows.get(c).getString(3);
        boolean[] hidden = new boolean[grid.cells()];
        int axj = 3;
        hidden[axj] = true;
        assertEquals("A/X/J", name.apply(axj));

        assertTrue(IntStream.of(Hypercube.cheapest(grid, hidden, axj, K - 1)).mapToObj(name)
                .anyMatch("ALL/ALL/ALL"::equals));
        SiblingSpread.Pattern flow = CyclePattern.cheapest(grid, hidden, axj, K - 1);
        assertEquals(List.of("A/ALL/ALL", "A/ALL/J", "A/X/ALL", "A/X/J", "B/ALL/ALL", "B/ALL/J"),
                IntStream.of(flow.moved()).mapToObj(name).sorted().toList());
        SuppressionFixpoint result = SuppressionFixpoint.run(grid, K);
        assertEquals(List.of(), IntStream.range(0, grid.cells()).filter(result::hidden).mapToObj(name)
                .filter(n -> n.startsWith("ALL/ALL")).toList());
    }

    private String name(int cell) {
        Row r = ROWS.get(cell);
        return r.getString(1) + "/" + r.getString(2);
    }
}
