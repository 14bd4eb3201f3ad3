package nl.opvangmonitor.jobs.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The cheapest protecting hypercube around a hidden cell: along each line through it one other cell of
 * that line, and every cell that combines those moves (2^lines corners, all present in gold with a
 * value). With all corners hidden, adding t and -t to the corners (signed: two parts of a line carry
 * opposite signs, a part and its total the same) keeps every line sum, so no combination of the
 * table's equations can fix any corner (tau-ARGUS's hypercube method). Counts cannot go below 0, so t
 * runs from minus the smallest positive corner to the smallest negative one: the cube protects only
 * when that range, the same for every corner, is at least {@code width} (k-1) wide, so that each corner
 * has at least k possible values whatever else is published (privacy.md, protection range). A corner
 * bounded by other counts of its row ({@link nl.opvangmonitor.common.tables.SubCounts}) moves only as far
 * as they let it; when that leaves the cube too narrow, counts of the corner's lockstep group
 * (children_moved with moves: {@link CellGrid#lockstepColumns}) may move with it, parallel cubes of the other
 * columns that keep their lines and the bounds among the moving columns.
 * Cost: the values newly hidden, weighted by how many dimensions a cell totals over (a subtotal costs
 * more than a detail cell, the national row most), a published zero only when nothing else is left.
 */
final class Hypercube {
    /** The cost of hiding a published 0: above any sum of weighted counts. */
    private static final long ZERO = 1L << 40;
    /** The cost of hiding a cell of the national row (every dimension ALL): above a zero. */
    static final long NATIONAL = 1L << 44;
    /**
     * The extra cost of a national cell per published statistic of its row it would hide (a national share or median
     * is what the report charts): above any sum of weighted counts, below a zero, so that another national cell of the
     * row is taken first.
     */
    private static final long NATIONAL_STATISTIC = 1L << 38;
    /** Per dimension a cell totals over, its value counts this many times more. */
    private static final int LEVEL_WEIGHT = 4;
    /**
     * The extra weight of a cell a national figure of another table is made of (the minor bands of occupancy's
     * national row make relocation_rate's national children and the headline's minors): as if it totalled over four
     * more dimensions, so a pattern takes it only when the alternatives cost far more, and still before a national
     * cell.
     */
    static final long NATIONAL_BY_LINK = 256;
    /** The cost of a cell that cannot be a corner: missing from gold, or published by a linked source. */
    static final long INVALID = Long.MAX_VALUE;
    private final CellGrid grid;
    private final boolean[] hidden;
    private final int cell;
    private final long width;
    private final int[] lines;
    private final int[][] options;
    private final int[] chosen;
    private int[] best;
    private long bestCost = INVALID;
    /** Whether the cube's column moves with its bound and that bound's row total ({@link #cheapestWithBound}). */
    private final boolean withBound;

    private Hypercube(CellGrid grid, boolean[] hidden, int cell, long width, boolean withBound) {
        this.withBound = withBound;
        this.grid = grid;
        this.hidden = hidden;
        this.cell = cell;
        this.width = width;
        this.lines = grid.linesOf(cell);
        this.options = new int[lines.length][];
        for (int i = 0; i < lines.length; i++) {
            int line = lines[i];
            options[i] = IntStream.of(grid.cellsOf(line)).filter(c -> c != cell && cost(c) != INVALID)
                    .filter(c -> wideEnoughAsNeighbour(line, c)).boxed()
                    .sorted(Comparator.comparingLong(this::cost).thenComparingInt(c -> c))
                    .mapToInt(Integer::intValue).toArray();
        }
        this.chosen = new int[lines.length];
    }

    /**
     * The corners of the cheapest hypercube around the cell whose corners can move together by at least
     * {@code width}, or null when it has none (some line has no other usable cell, or no cube is wide enough).
     */
    static int[] cheapest(CellGrid grid, boolean[] hidden, int cell, long width) {
        return search(grid, hidden, cell, width, false);
    }

    /**
     * The last resort for a cell without a cube ({@link #cheapest}): the cheapest cube whose corner rows move the
     * cell's column together with the count bounding it and that count's row total
     * ({@link CellGrid#boundAndTotalColumns}), as interrupted_external with interrupted and pairs, where
     * interrupted_external equals interrupted and the bound pins it; null when the column has none or no cube is
     * wide enough. Kept apart from the lockstep groups, because it hides row totals.
     */
    static int[] cheapestWithBound(CellGrid grid, boolean[] hidden, int cell, long width) {
        return grid.boundAndTotalColumns(cell).length == 0 ? null : search(grid, hidden, cell, width, true);
    }

    private static int[] search(CellGrid grid, boolean[] hidden, int cell, long width, boolean withBound) {
        Hypercube search = new Hypercube(grid, hidden, cell, width, withBound);
        if (search.lines.length == 0) {
            return null;
        }
        search.choose(0, 0);
        return search.best;
    }

    /**
     * A cube {@link #cheapest} returned for the cell as a move: corner {@code mask} carries the cell's sign flipped
     * once per move between two parts of a line ({@link #positive}); the lockstep cells after the 2^lines corners
     * carry their corner's sign.
     */
    static SignedMove move(CellGrid grid, int cell, int[] cube) {
        int[] lines = grid.linesOf(cell);
        int corners = 1 << lines.length;
        int partners = (cube.length - corners) / corners;
        int[] signs = new int[cube.length];
        for (int i = 0; i < cube.length; i++) {
            int mask = i < corners ? i : (i - corners) / partners;
            boolean positive = true;
            for (int line = 0; line < lines.length; line++) {
                int neighbour = cube[1 << line];
                if ((mask & (1 << line)) != 0 && grid.totalOf(lines[line]) != cell
                        && grid.totalOf(lines[line]) != neighbour) {
                    positive = !positive;
                }
            }
            signs[i] = positive ? 1 : -1;
        }
        return new SignedMove(cube, signs);
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
        boolean[] positive = new boolean[corners.length];
        corners[0] = cell;
        positive[0] = true;
        long total = 0;
        for (int mask = 1; mask < corners.length; mask++) {
            int corner = grid.corner(cell, lines, chosen, mask);
            long c = corner < 0 ? INVALID : cost(corner);
            if (c == INVALID || total + c >= bestCost) {
                return;
            }
            total += c;
            corners[mask] = corner;
            positive[mask] = positive(mask);
        }
        if (wide(corners, positive, new int[0])) {
            bestCost = total;
            best = Arrays.copyOf(corners, corners.length);
            return;
        }
        for (int[] partners : lockstepCandidates()) {
            long cost = partnersCost(corners, partners);
            if (cost != INVALID && total + cost < bestCost && wide(corners, positive, partners)) {
                bestCost = total + cost;
                best = IntStream.concat(IntStream.of(corners),
                        IntStream.of(corners).flatMap(c -> IntStream.of(partners).map(p -> grid.inRow(c, p)))).toArray();
            }
        }
    }

    /**
     * The sets of count columns that may move in lockstep with the cube's column: each column of its group on its
     * own, then the whole group; for the last resort, the group with the bound and its row total. A column with a
     * group is in no row total, so the corners share its column.
     */
    private List<int[]> lockstepCandidates() {
        int[] group = grid.lockstepColumns(cell);
        if (withBound) {
            return List.of(IntStream.concat(IntStream.of(group), IntStream.of(grid.boundAndTotalColumns(cell)))
                    .toArray());
        }
        List<int[]> candidates = new ArrayList<>();
        IntStream.of(group).forEach(c -> candidates.add(new int[] {c}));
        if (group.length > 1) {
            candidates.add(group);
        }
        return candidates;
    }

    /**
     * Whether the corners can move together by at least {@code width}: t runs between the least room below
     * of the positive corners (room above of the negative ones) and the least room above (below). The
     * {@code partners} columns of each corner's row move with it, so the bounds among them no longer stop the
     * move, and their own rooms count as well.
     */
    private boolean wide(int[] corners, boolean[] positive, int[] partners) {
        Set<Integer> columns = IntStream.of(partners).boxed().collect(Collectors.toSet());
        if (partners.length > 0) {
            columns.add(cell % grid.counts());
        }
        Set<Integer> moving = Arrays.stream(corners).boxed().collect(Collectors.toSet());
        Arrays.stream(corners).forEach(c -> IntStream.of(partners).forEach(p -> moving.add(grid.inRow(c, p))));
        long down = Long.MAX_VALUE;
        long up = Long.MAX_VALUE;
        for (int i = 0; i < corners.length; i++) {
            int corner = corners[i];
            int[] cells = IntStream.concat(IntStream.of(corner), IntStream.of(partners).map(p -> grid.inRow(corner, p))).toArray();
            for (int c : cells) {
                long below = grid.roomBelow(c, columns);
                long above = grid.roomAbove(c, columns, moving::contains);
                down = Math.min(down, positive[i] ? below : above);
                up = Math.min(up, positive[i] ? above : below);
            }
        }
        return up == Long.MAX_VALUE || down + up >= width;
    }

    /** What hiding the partner cells of the corners costs, or INVALID when one of them cannot be hidden. */
    private long partnersCost(int[] corners, int[] partners) {
        long total = 0;
        for (int corner : corners) {
            for (int p : partners) {
                long c = cost(grid.inRow(corner, p));
                if (c == INVALID) {
                    return INVALID;
                }
                total += c;
            }
        }
        return total;
    }

    /**
     * Whether a cell of the line can be the cell's neighbour in a wide enough cube: a neighbour of the
     * opposite sign (two parts of the line) bounds t by its value, and the cell itself bounds the other
     * side, so together they must span the width.
     */
    private boolean wideEnoughAsNeighbour(int line, int other) {
        boolean oppositeSign = grid.totalOf(line) != cell && grid.totalOf(line) != other;
        return !oppositeSign || grid.value(cell) + grid.value(other) >= width;
    }

    /**
     * Whether the corner of the given moves carries the cell's own sign: each move between two parts of
     * a line flips it, a move to or from the line's total keeps it.
     */
    private boolean positive(int mask) {
        boolean positive = true;
        for (int i = 0; i < lines.length; i++) {
            if ((mask & (1 << i)) != 0 && grid.totalOf(lines[i]) != cell && grid.totalOf(lines[i]) != chosen[i]) {
                positive = !positive;
            }
        }
        return positive;
    }

    private long cost(int c) {
        return hidingCost(grid, hidden, c);
    }

    /** What hiding the cells costs now, together ({@link #hidingCost(CellGrid, boolean[], int)}). */
    static long hidingCost(CellGrid grid, boolean[] hidden, int[] cells) {
        long total = 0;
        for (int c : cells) {
            total = Math.addExact(total, hidingCost(grid, hidden, c));
        }
        return total;
    }

    /**
     * What hiding the cell costs: nothing when it is hidden already, its value weighted by its level, more for a
     * published zero and most for the national row, the more so for each statistic it would hide there; INVALID when
     * it cannot be hidden.
     */
    static long hidingCost(CellGrid grid, boolean[] hidden, int c) {
        if (hidden[c]) {
            return grid.known(c) ? 0 : INVALID;
        }
        if (!grid.eligible(c)) {
            return INVALID;
        }
        if (grid.value(c) == 0) {
            return ZERO;
        }
        if (grid.national(c)) {
            return NATIONAL + grid.statisticsLost(c, hidden) * NATIONAL_STATISTIC + grid.value(c);
        }
        long weight = grid.nationalByLink(c) ? NATIONAL_BY_LINK : 1;
        for (int level = 0; level < grid.level(c); level++) {
            weight *= LEVEL_WEIGHT;
        }
        return grid.value(c) * weight;
    }
}
