package nl.opvangmonitor.jobs.publish;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The cheapest hypercube around a hidden cell: along each line through it one other cell of that
 * line, and every cell that combines those moves (2^lines corners, all present in gold with a
 * value). With all corners hidden, adding +1 and -1 alternately to the corners (signed by how many
 * of them are totals) keeps every line sum, so no combination of the table's equations can fix any
 * corner: the corner cells are safe together, whatever else is hidden (tau-ARGUS's hypercube method).
 * Cost: the sum of the values newly hidden, a zero only when nothing else is left.
 */
final class Hypercube {
    /** The cost of hiding a published 0: above any sum of real counts. */
    private static final long ZERO = 1L << 40;
    private static final long INVALID = Long.MAX_VALUE;
    private final CellGrid grid;
    private final boolean[] hidden;
    private final int cell;
    private final int[] lines;
    private final int[][] options;
    private final int[] chosen;
    private int[] best;
    private long bestCost = INVALID;

    private Hypercube(CellGrid grid, boolean[] hidden, int cell) {
        this.grid = grid;
        this.hidden = hidden;
        this.cell = cell;
        this.lines = grid.linesOf(cell);
        this.options = new int[lines.length][];
        for (int i = 0; i < lines.length; i++) {
            options[i] = IntStream.of(grid.cellsOf(lines[i])).filter(c -> c != cell && cost(c) != INVALID).boxed()
                    .sorted(Comparator.comparingLong(this::cost).thenComparingInt(c -> c))
                    .mapToInt(Integer::intValue).toArray();
        }
        this.chosen = new int[lines.length];
    }

    /** The corners of the cheapest hypercube around the cell, or null when it has none (some line has no other usable cell). */
    static int[] cheapest(CellGrid grid, boolean[] hidden, int cell) {
        Hypercube search = new Hypercube(grid, hidden, cell);
        if (search.lines.length == 0) {
            return null;
        }
        search.choose(0, 0);
        return search.best;
    }

    /** Picks the other cell of line i onward; {@code bound} is the cost of the cells chosen so far, a lower bound. */
    private void choose(int i, long bound) {
        if (bestCost == 0) {
            return;
        }
        if (i == lines.length) {
            evaluate();
            return;
        }
        for (int option : options[i]) {
            long next = bound + cost(option);
            if (next >= bestCost) {
                return;
            }
            chosen[i] = option;
            choose(i + 1, next);
        }
    }

    private void evaluate() {
        int n = lines.length;
        int[] corners = new int[1 << n];
        corners[0] = cell;
        long total = 0;
        for (int mask = 1; mask < corners.length; mask++) {
            int[] along = new int[Integer.bitCount(mask)];
            int[] to = new int[along.length];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    along[k] = lines[i];
                    to[k++] = chosen[i];
                }
            }
            int corner = Integer.bitCount(mask) == 1 ? to[0] : grid.corner(cell, along, to);
            long c = corner < 0 ? INVALID : cost(corner);
            if (c == INVALID || total + c >= bestCost) {
                return;
            }
            total += c;
            corners[mask] = corner;
        }
        bestCost = total;
        best = Arrays.copyOf(corners, corners.length);
    }

    private long cost(int c) {
        if (!grid.known(c)) {
            return INVALID;
        }
        if (hidden[c]) {
            return 0;
        }
        return grid.value(c) == 0 ? ZERO : grid.value(c);
    }
}
