package nl.opvangmonitor.jobs.publish;

import java.util.Arrays;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The cheapest protecting cycle around a hidden cell of a two-dimensional table (gemeentecode by onderwijssoort,
 * category by provincie): the network-flow view of such a table (Cox; tau-ARGUS's network method). Give each cell
 * the sign (-1)^(its ALL values); then every line, the total included, sums to 0, the table is a matrix whose
 * rows and columns (the lines along either dimension) sum to 0, and any move that keeps every line is a sum of
 * alternating cycles through it. A hypercube is the cycle of four cells; a longer one can pass through totals, such
 * as a municipality's own total and a large municipality's, where no four cells are all wide enough (a cell of
 * 1 in a column whose other municipalities hold 0..3 each). The cycle is a cheapest path, by Dijkstra over the
 * lines, using only cells that can move the whole range: at least k-1 wide, as the hypercube's.
 */
final class CyclePattern {
    private final CellGrid grid;
    private final boolean[] hidden;
    private final int cell;
    private final int[] partners;
    private final Set<Integer> columns = new HashSet<>();

    private CyclePattern(CellGrid grid, boolean[] hidden, int cell, int[] partners) {
        this.grid = grid;
        this.hidden = hidden;
        this.cell = cell;
        this.partners = partners;
        IntStream.of(partners).forEach(columns::add);
        if (partners.length > 0) {
            columns.add(cell % grid.counts());
        }
    }

    /**
     * The cheapest cycle around the cell whose cells can all move by a range at least {@code width} wide, with
     * the count columns of the cell's lockstep group moving along in every row when the column alone has none;
     * null for a cell not on exactly two dimension lines, or when no cycle is wide enough.
     */
    static SignedMove cheapest(CellGrid grid, boolean[] hidden, int cell, long width) {
        int[] lines = grid.linesOf(cell);
        if (lines.length != 2 || grid.dimensionOf(lines[0]) < 0 || grid.dimensionOf(lines[1]) < 0) {
            return null;
        }
        SignedMove alone = new CyclePattern(grid, hidden, cell, new int[0]).search(width);
        int[] group = grid.lockstepColumns(cell);
        return alone != null || group.length == 0 ? alone : new CyclePattern(grid, hidden, cell, group).search(width);
    }

    /** The cheapest wide cycle over every split of the width between the cell's fall and its rise. */
    private SignedMove search(long width) {
        SignedMove best = null;
        long bestCost = Long.MAX_VALUE;
        long fall = Math.min(width, room(cell, false));
        long rise = room(cell, true);
        for (long down = fall; down >= 0 && width - down <= rise; down--) {
            long up = width - down;
            SignedMove move = path(down, up);
            long cost = move == null ? Long.MAX_VALUE : Hypercube.hidingCost(grid, hidden, move.cells());
            if (cost < bestCost) {
                best = move;
                bestCost = cost;
            }
        }
        return best;
    }

    /**
     * Dijkstra from the cell's first line to its second over cells that can move {@code up} in their direction and
     * {@code down} against it; the path and the cell close the cycle.
     */
    private SignedMove path(long down, long up) {
        int[] lines = grid.linesOf(cell);
        int rowDimension = grid.dimensionOf(lines[0]);
        int sign = sign(cell);
        long[] distance = new long[grid.lines()];
        int[] via = new int[grid.lines()];
        Arrays.fill(distance, Long.MAX_VALUE);
        distance[lines[0]] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        queue.add(new long[] {0, lines[0]});
        while (!queue.isEmpty()) {
            long[] head = queue.poll();
            int line = (int) head[1];
            if (head[0] > distance[line]) {
                continue;
            }
            if (line == lines[1]) {
                break;
            }
            int alternation = grid.dimensionOf(line) == rowDimension ? -sign : sign;
            for (int next : grid.cellsOf(line)) {
                int other = otherLine(next, line);
                if (next == cell || other < 0) {
                    continue;
                }
                long cost = edgeCost(next, alternation * sign(next), down, up);
                if (cost != Hypercube.INVALID && distance[line] + cost < distance[other]) {
                    distance[other] = distance[line] + cost;
                    via[other] = next;
                    queue.add(new long[] {distance[other], other});
                }
            }
        }
        if (distance[lines[1]] == Long.MAX_VALUE) {
            return null;
        }
        return move(lines, via, rowDimension, sign);
    }

    /** The cycle found by {@link #path}, each cell and its partners with the direction they move in. */
    private SignedMove move(int[] lines, int[] via, int rowDimension, int sign) {
        IntStream.Builder cells = IntStream.builder();
        IntStream.Builder signs = IntStream.builder();
        add(cells, signs, cell, 1);
        for (int line = lines[1]; line != lines[0]; ) {
            int c = via[line];
            int from = otherLine(c, line);
            int alternation = grid.dimensionOf(from) == rowDimension ? -sign : sign;
            add(cells, signs, c, alternation * sign(c));
            line = from;
        }
        return new SignedMove(cells.build().toArray(), signs.build().toArray());
    }

    private void add(IntStream.Builder cells, IntStream.Builder signs, int c, int direction) {
        cells.add(c);
        signs.add(direction);
        for (int p : partners) {
            cells.add(grid.inRow(c, p));
            signs.add(direction);
        }
    }

    /** The cell's other line, or -1 when it is not on exactly two dimension lines. */
    private int otherLine(int c, int line) {
        int[] lines = grid.linesOf(c);
        if (lines.length != 2 || grid.dimensionOf(lines[0]) < 0 || grid.dimensionOf(lines[1]) < 0) {
            return -1;
        }
        return lines[0] == line ? lines[1] : lines[0];
    }

    /** -1 for a cell that is the total of exactly one of its lines, +1 otherwise: (-1)^(its ALL values). */
    private int sign(int c) {
        int totals = (int) IntStream.of(grid.linesOf(c)).filter(l -> grid.totalOf(l) == c).count();
        return totals % 2 == 0 ? 1 : -1;
    }

    /**
     * What hiding the cell and its partners costs, or INVALID when one of them cannot be hidden or cannot move
     * {@code up} in the given direction and {@code down} against it.
     */
    private long edgeCost(int c, int direction, long down, long up) {
        long total = 0;
        for (int m : withPartners(c)) {
            long cost = Hypercube.hidingCost(grid, hidden, m);
            if (cost == Hypercube.INVALID) {
                return Hypercube.INVALID;
            }
            total += cost;
        }
        boolean fits = direction > 0 ? room(c, true) >= up && room(c, false) >= down
                : room(c, false) >= up && room(c, true) >= down;
        return fits ? total : Hypercube.INVALID;
    }

    /** The cell and its partners in its row. */
    private int[] withPartners(int c) {
        return IntStream.concat(IntStream.of(c), IntStream.of(partners).map(p -> grid.inRow(c, p))).toArray();
    }

    /**
     * How far the cell and its partners can rise together ({@code above}) or fall; a distinct-person total they are
     * part of counts as fixed (the cautious side).
     */
    private long room(int c, boolean above) {
        return IntStream.of(withPartners(c)).mapToLong(m -> above ? grid.roomAbove(m, columns, x -> false)
                : grid.roomBelow(m, columns)).min().orElseThrow();
    }
}
