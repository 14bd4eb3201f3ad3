package nl.opvangmonitor.jobs.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.opvangmonitor.common.tables.GoldTables;
import org.apache.spark.sql.Row;

/**
 * The count cells of one time value and the lines through them, in memory: a line is a set of
 * cells where one total equals the sum of its parts (along a dimension, with the {@code ALL} cell as
 * total; along a declared row total, that total and its part columns in one row), so an attacker
 * who knows all but one of them can subtract. Cell {@code r * counts + c} is count column c of row r.
 */
final class CellGrid {
    private final int counts;
    private final long[] value;
    private final boolean[] known;
    /** Per count column: the count columns of its row never above it ({@link SubCounts}). */
    private final int[][] atLeast;
    /** Per count column: the sums of count columns of its row it is never above. */
    private final int[][][] atMost;
    /** Per cell: how far a linked table lets it fall and rise ({@link #limit}); 0 and Long.MAX_VALUE without one. */
    private final long[] linkFloor;
    private final long[] linkCeiling;
    /** Per count column: the other columns of its lockstep group ({@code SuppressionLayout#lockstep}). */
    private final int[][] lockstep;
    /** Per count column: the bound and row total it may move with as a last resort, or none. */
    private final int[][] boundAndTotal;
    /** Per count column: the other parts of its bound's row total, or none ({@code SuppressionLayout}). */
    private final int[][] boundSiblings;
    /** Per person statistic: the count columns of its base, and of its base and inputs ({@code SuppressionLayout}). */
    private final int[][] statisticBases;
    private final int[][] statisticCounts;
    private final int k;
    /** Cells a linked figure in another table's national row is made of ({@link #markNational}). */
    private final java.util.BitSet nationalByLink = new java.util.BitSet();
    /** Per cell: the totals of the distinct-person lines it is a part of, which it never exceeds. */
    private final int[][] capsOf;
    private final int[][] lineCells;
    private final int[] lineTotal;
    private final String[] lineAxis;
    private final int[][] cellLines;
    /** Per line: the dimension it runs along, or -1 for a row total (it runs along the count columns). */
    private final int[] lineDimension;
    /**
     * Per cell: 0 not linked, {@link #HIDDEN_AT_SOURCE}, {@link #HELD_AT_SOURCE} or {@link #PUBLISHED_AT_SOURCE} for a
     * linked figure.
     */
    private final byte[] link;
    private static final byte HIDDEN_AT_SOURCE = 1;
    private static final byte PUBLISHED_AT_SOURCE = 2;
    private static final byte HELD_AT_SOURCE = 3;
    /** Per row: how many of its dimensions are ALL. */
    private final int[] rowLevel;
    /** Per row: an id for the value of each dimension. */
    private final int[][] rowCoordinates;
    /** Per dimension: what its value id is multiplied by in a row's code. */
    private final long[] radix;
    private final Map<Long, Integer> rowAt = new HashMap<>();

    /** Builds the cells and lines of the given rows (all of one time value, in a fixed order). */
    CellGrid(List<Row> rows, SuppressionLayout layout) {
        counts = layout.counts().length;
        int cells = rows.size() * counts;
        value = new long[cells];
        known = new boolean[cells];
        linkFloor = new long[cells];
        linkCeiling = new long[cells];
        Arrays.fill(linkCeiling, Long.MAX_VALUE);
        lockstep = layout.lockstep();
        statisticBases = layout.statisticBases();
        statisticCounts = layout.statisticCounts();
        k = layout.k();
        boundAndTotal = layout.boundAndTotal();
        boundSiblings = layout.boundSiblings();
        List<Integer> countAt = IntStream.of(layout.countAt()).boxed().toList();
        atLeast = Stream.of(layout.atLeast()).map(at -> IntStream.of(at).map(countAt::indexOf).toArray()).toArray(int[][]::new);
        atMost = Stream.of(layout.atMost()).map(sums -> Stream.of(sums)
                .map(sum -> IntStream.of(sum).map(countAt::indexOf).toArray()).toArray(int[][]::new)).toArray(int[][][]::new);
        if (Stream.concat(Stream.of(atLeast), Stream.of(atMost).flatMap(Stream::of)).flatMapToInt(IntStream::of).anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("a sub-count bound names a column that is not a count");
        }
        link = new byte[cells];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < counts; c++) {
                Object v = rows.get(r).get(layout.countAt()[c]);
                known[r * counts + c] = v != null;
                value[r * counts + c] = v == null ? 0 : ((Number) v).longValue();
            }
        }
        rowCoordinates = new int[rows.size()][];
        rowLevel = new int[rows.size()];
        List<Map<Object, Integer>> ids = new ArrayList<>();
        for (int d = 0; d < layout.dimensions().length; d++) {
            ids.add(new HashMap<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            rowCoordinates[r] = new int[ids.size()];
            for (int d = 0; d < ids.size(); d++) {
                Map<Object, Integer> dim = ids.get(d);
                Object v = rows.get(r).get(layout.dimensionAt()[d]);
                rowCoordinates[r][d] = dim.computeIfAbsent(v, x -> dim.size());
                if (GoldTables.ALL.equals(v)) {
                    rowLevel[r]++;
                }
            }
        }
        radix = new long[ids.size()];
        long next = 1;
        for (int d = 0; d < ids.size(); d++) {
            radix[d] = next;
            next *= ids.get(d).size();
        }
        for (int r = 0; r < rows.size(); r++) {
            rowAt.put(code(rowCoordinates[r]), r);
        }
        LineBuilder lines = new LineBuilder(cells);
        for (int r = 0; r < rows.size(); r++) {
            addLines(rows.get(r), r, layout, lines);
        }
        lineCells = lines.members();
        lineTotal = lines.totals();
        lineAxis = lines.axes();
        cellLines = lines.cellLines();
        lineDimension = lines.dimensions();
        capsOf = distinctCaps(layout);
    }

    /**
     * A part of a distinct-person count never exceeds its line's total ({@code SuppressionLayout#distinctAlong}):
     * notes, per part, the totals that cap it.
     */
    private int[][] distinctCaps(SuppressionLayout layout) {
        List<List<Integer>> caps = new ArrayList<>();
        for (int cell = 0; cell < value.length; cell++) {
            caps.add(new ArrayList<>());
        }
        for (int line = 0; line < lineCells.length; line++) {
            int total = lineTotal[line];
            int d = lineDimension[line];
            if (total < 0 || d < 0 || !known[total] || !layout.distinctAlong()[total % counts][d]) {
                continue;
            }
            for (int cell : lineCells[line]) {
                if (cell != total) {
                    caps.get(cell).add(total);
                }
            }
        }
        return caps.stream().map(c -> c.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Narrows how far a cell can move, by a bound a linked table puts on it (see {@code LinkedCells#room}). */
    void limit(int cell, long below, long above) {
        linkFloor[cell] = Math.max(linkFloor[cell], value[cell] - below);
        linkCeiling[cell] = Math.min(linkCeiling[cell], above == Long.MAX_VALUE ? Long.MAX_VALUE : value[cell] + above);
    }

    /** The largest of the row's counts that are never above this one (0 without any). */
    static long floor(Row row, int[] smaller) {
        long floor = 0;
        for (int at : smaller) {
            if (!row.isNullAt(at)) {
                floor = Math.max(floor, row.getLong(at));
            }
        }
        return floor;
    }

    /** The smallest sum of the row's counts this one is never above (no bound without any). */
    static long ceiling(Row row, int[][] larger) {
        long ceiling = Long.MAX_VALUE;
        for (int[] sum : larger) {
            long total = 0;
            for (int at : sum) {
                total = row.isNullAt(at) ? Long.MAX_VALUE : total + row.getLong(at);
                if (total == Long.MAX_VALUE) {
                    break;
                }
            }
            ceiling = Math.min(ceiling, total);
        }
        return ceiling;
    }

    private void addLines(Row row, int r, SuppressionLayout layout, LineBuilder lines) {
        String[] dims = layout.dimensions();
        for (int d = 0; d < dims.length; d++) {
            boolean total = GoldTables.ALL.equals(row.get(layout.dimensionAt()[d]));
            for (int c = 0; c < counts; c++) {
                List<Object> key = new ArrayList<>(dims.length + 2);
                key.add(d);
                key.add(c);
                for (int e = 0; e < dims.length; e++) {
                    key.add(e == d ? null : row.get(layout.dimensionAt()[e]));
                }
                lines.add(key, dims[d], d, r * counts + c, total);
            }
        }
        for (int t = 0; t < layout.rowTotals().length; t++) {
            List<Object> key = List.of("row", t, r);
            String axis = "row total " + layout.counts()[layout.rowTotals()[t]];
            lines.add(key, axis, -1, r * counts + layout.rowTotals()[t], true);
            for (int part : layout.rowTotalParts()[t]) {
                lines.add(key, axis, -1, r * counts + part, false);
            }
        }
    }

    int cells() {
        return value.length;
    }

    int counts() {
        return counts;
    }

    /** The gold value; meaningful only where {@link #known}. */
    long value(int cell) {
        return value[cell];
    }

    /**
     * Marks a cell as a linked figure ({@link nl.opvangmonitor.common.tables.LinkedFigure}) whose source
     * cells are hidden (so it must be hidden too) or published (so it is known and never a complement).
     */
    void link(int cell, boolean hiddenAtSource) {
        link[cell] = hiddenAtSource ? HIDDEN_AT_SOURCE : PUBLISHED_AT_SOURCE;
    }

    /** Whether the cell is a linked figure whose source is hidden. */
    boolean hiddenAtSource(int cell) {
        return link[cell] == HIDDEN_AT_SOURCE || link[cell] == HELD_AT_SOURCE;
    }

    /**
     * Marks a linked cell hidden at its source as held there: this table breaks it down further than its source
     * (moves_out by age band), so a pattern here that moved it would need its source table to follow along lines
     * that table does not have. It does not move in this table's patterns (its room is 0) and needs none of its
     * own: its source's pattern protects it.
     */
    void hold(int cell) {
        link[cell] = HELD_AT_SOURCE;
    }

    /** Whether the cell is held at its source ({@link #hold}). */
    boolean heldAtSource(int cell) {
        return link[cell] == HELD_AT_SOURCE;
    }

    /** Whether the cell can be hidden as a complement: gold has a value and no linked source publishes it. */
    boolean eligible(int cell) {
        return known[cell] && link[cell] != PUBLISHED_AT_SOURCE;
    }

    /**
     * How far the cell's value can fall before a count of its row that is never above it, other than the
     * {@code moving} count columns, which fall with it.
     */
    long roomBelow(int cell, Set<Integer> moving) {
        if (heldAtSource(cell)) {
            return 0;
        }
        int row = cell - cell % counts;
        long floor = linkFloor[cell];
        for (int c : atLeast[cell % counts]) {
            if (!moving.contains(c) && known[row + c]) {
                floor = Math.max(floor, value[row + c]);
            }
        }
        return value[cell] - floor;
    }

    /**
     * How far the cell's value can rise (Long.MAX_VALUE: no bound) before a sum of counts of its row it is never
     * above (a sum with a {@code moving} column rises with it: a lockstep group has one column in any such sum)
     * or the total of a distinct-person line it is part
     * of, unless that total is one of the {@code movingCells}.
     */
    long roomAbove(int cell, Set<Integer> moving, IntPredicate movingCells) {
        if (heldAtSource(cell)) {
            return 0;
        }
        int row = cell - cell % counts;
        long ceiling = linkCeiling[cell];
        for (int[] sum : atMost[cell % counts]) {
            if (IntStream.of(sum).noneMatch(moving::contains)) {
                ceiling = Math.min(ceiling, IntStream.of(sum).allMatch(c -> known[row + c])
                        ? IntStream.of(sum).mapToLong(c -> value[row + c]).sum() : Long.MAX_VALUE);
            }
        }
        long room = ceiling == Long.MAX_VALUE ? Long.MAX_VALUE : ceiling - value[cell];
        for (int total : capsOf[cell]) {
            if (!movingCells.test(total)) {
                room = Math.min(room, value[total] - value[cell]);
            }
        }
        return room;
    }

    /**
     * The other count columns of the cell's lockstep group ({@code SuppressionLayout#lockstep}, e.g. moves for
     * children_moved): moved by the same amount in the same row, every bound among them holds whatever the move.
     */
    int[] lockstepColumns(int cell) {
        return lockstep[cell % counts];
    }

    /** The bound and row total the cell's column may move with as a last resort ({@code SuppressionLayout}). */
    int[] boundAndTotalColumns(int cell) {
        return boundAndTotal[cell % counts];
    }

    /**
     * The other parts of the row total of the cell's bound ({@code SuppressionLayout#boundSiblings}): one may move
     * against the bound in a flow ({@link CyclePattern}), instead of the row total with it.
     */
    int[] boundSiblingColumns(int cell) {
        return boundSiblings[cell % counts];
    }

    /** The cell of the same row in the given count column. */
    int inRow(int cell, int column) {
        return cell - cell % counts + column;
    }

    /** How many dimensions the cell totals over (its row's ALL values). */
    int level(int cell) {
        return rowLevel[cell / counts];
    }

    /** Whether the cell is in the national row: every dimension ALL (a table without dimensions has none). */
    boolean national(int cell) {
        return radix.length > 0 && rowLevel[cell / counts] == radix.length;
    }

    /**
     * How many statistics of the cell's row are published now and would be hidden with it: those computed over its
     * column whose counts are all published and whose base is at least k (privacy.md, "Statistics").
     */
    int statisticsLost(int cell, boolean[] hidden) {
        int lost = 0;
        int column = cell % counts;
        for (int s = 0; s < statisticCounts.length; s++) {
            if (IntStream.of(statisticCounts[s]).anyMatch(c -> c == column) && statisticPublished(s, cell, hidden)) {
                lost++;
            }
        }
        return lost;
    }

    private boolean statisticPublished(int statistic, int cell, boolean[] hidden) {
        for (int c : statisticCounts[statistic]) {
            if (hidden[inRow(cell, c)] || !known[inRow(cell, c)]) {
                return false;
            }
        }
        long base = 0;
        for (int c : statisticBases[statistic]) {
            base += value[inRow(cell, c)];
        }
        return base >= k;
    }

    /** Marks a cell a linked figure in another table's national row, or the headline, is made of. */
    void markNational(int cell) {
        nationalByLink.set(cell);
    }

    /** Whether a linked figure in another table's national row, or the headline, is made of the cell. */
    boolean nationalByLink(int cell) {
        return nationalByLink.get(cell);
    }

    /** Whether gold has a value (a null count is published as null and cannot be a complement). */
    boolean known(int cell) {
        return known[cell];
    }

    int lines() {
        return lineCells.length;
    }

    int[] cellsOf(int line) {
        return lineCells[line];
    }

    /** The total cell of the line, or -1 when the total row is missing from gold. */
    int totalOf(int line) {
        return lineTotal[line];
    }

    /** The dimension a line runs along, or {@code row total <column>}. */
    String axisOf(int line) {
        return lineAxis[line];
    }

    /** The dimension the line runs along, or -1 for a row total. */
    int dimensionOf(int line) {
        return lineDimension[line];
    }

    int[] linesOf(int cell) {
        return cellLines[cell];
    }

    /**
     * The cell that takes, along each given line through {@code cell}, the position of the given
     * other cell of that line (its dimension value, or its count column for a row total); -1 when
     * gold has no such row.
     */
    int corner(int cell, int[] lines, int[] others) {
        int[] at = rowCoordinates[cell / counts].clone();
        int count = cell % counts;
        for (int i = 0; i < lines.length; i++) {
            int d = lineDimension[lines[i]];
            if (d < 0) {
                count = others[i] % counts;
            } else {
                at[d] = rowCoordinates[others[i] / counts][d];
            }
        }
        Integer row = rowAt.get(code(at));
        return row == null ? -1 : row * counts + count;
    }

    /**
     * The corner of a hypercube around {@code cell}: the cell moved, along each of the given lines whose bit is set
     * in {@code mask}, to that line's neighbour ({@link #corner(int, int[], int[])}); -1 when gold has no such row.
     */
    int corner(int cell, int[] lines, int[] neighbours, int mask) {
        int[] moved = IntStream.range(0, lines.length).filter(i -> (mask & (1 << i)) != 0).toArray();
        return corner(cell, IntStream.of(moved).map(i -> lines[i]).toArray(),
                IntStream.of(moved).map(i -> neighbours[i]).toArray());
    }

    private long code(int[] at) {
        long code = 0;
        for (int d = 0; d < at.length; d++) {
            code += at[d] * radix[d];
        }
        return code;
    }

    /** Collects line memberships by line key, numbering the lines in the order they are first seen. */
    private static final class LineBuilder {
        private final Map<List<Object>, Integer> ids = new HashMap<>();
        private final List<List<Integer>> members = new ArrayList<>();
        private final List<Integer> totals = new ArrayList<>();
        private final List<String> axes = new ArrayList<>();
        private final List<Integer> dimensions = new ArrayList<>();
        private final List<List<Integer>> ofCell = new ArrayList<>();

        LineBuilder(int cells) {
            for (int i = 0; i < cells; i++) {
                ofCell.add(new ArrayList<>());
            }
        }

        void add(List<Object> key, String axis, int dimension, int cell, boolean total) {
            int line = ids.computeIfAbsent(key, k -> {
                members.add(new ArrayList<>());
                totals.add(-1);
                axes.add(axis);
                dimensions.add(dimension);
                return members.size() - 1;
            });
            members.get(line).add(cell);
            if (total) {
                totals.set(line, cell);
            }
            ofCell.get(cell).add(line);
        }

        int[][] members() {
            return members.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        }

        int[] totals() {
            return totals.stream().mapToInt(Integer::intValue).toArray();
        }

        int[] dimensions() {
            return dimensions.stream().mapToInt(Integer::intValue).toArray();
        }

        String[] axes() {
            return axes.toArray(String[]::new);
        }

        int[][] cellLines() {
            return ofCell.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        }
    }
}
