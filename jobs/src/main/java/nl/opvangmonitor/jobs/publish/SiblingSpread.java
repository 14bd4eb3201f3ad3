package nl.opvangmonitor.jobs.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Protection for a hidden cell that no single wide {@link Hypercube} protects cheaply: several narrow patterns, each
 * taking another sibling along one line, moved together. Each (the cell's chain up minus the sibling's, see
 * {@link #cube}) moves its sibling's side only as far as that side's smallest cell allows; added together (a sum of
 * such patterns keeps every line sum, as each does) they move the cell by the sum, so siblings that are each too
 * small for a wide cube protect the cell together (tau-ARGUS's optimal patterns spread a move over a line in the
 * same way). The cells every pattern moves rise as far as the cell and are protected; the others move less and need
 * protection of their own.
 */
final class SiblingSpread {
    private final CellGrid grid;
    private final boolean[] hidden;
    private final int cell;
    private final int[] lines;

    /**
     * The cells of a spread: those it moves as far as the cell (protected by it), the others it hides (moved less,
     * protected on their own), what hiding them all costs, and the sibling patterns it adds up: each its cells and
     * their signs (+1 on the cell's side, -1 on the sibling's), moved by amounts of their own.
     */
    record Pattern(int[] moved, int[] waiting, long cost, List<SignedMove> parts) {
    }

    /** One sibling's pattern: the cells on the cell's side (they rise) and on the sibling's side (they fall). */
    private record Cube(int[] chain, int[] sibling, long cost) {
    }

    private SiblingSpread(CellGrid grid, boolean[] hidden, int cell) {
        this.grid = grid;
        this.hidden = hidden;
        this.cell = cell;
        this.lines = grid.linesOf(cell);
    }

    /** The cheapest spread whose cell can move by at least {@code width}, or null when there is none. */
    static Pattern cheapest(CellGrid grid, boolean[] hidden, int cell, long width) {
        SiblingSpread search = new SiblingSpread(grid, hidden, cell);
        Pattern best = null;
        int[] group = grid.lockstepColumns(cell);
        for (int[] partners : group.length == 0 ? List.of(new int[0]) : List.of(new int[0], group)) {
            for (int i = 0; i < search.lines.length; i++) {
                Pattern along = search.along(i, width, partners);
                if (along != null && (best == null || along.cost() < best.cost())) {
                    best = along;
                }
            }
        }
        return best;
    }

    /**
     * The cheapest spread over the siblings of line {@code spreadLine}: their patterns, cheapest first, each moved as
     * far as its cells allow after the patterns before it (two siblings of one category both lower that category's
     * total), until the cell can move by the width; null when all of them together cannot. The {@code partners}
     * columns of every cell's row (its lockstep group, as in {@link Hypercube}) move with it, so the bounds among
     * them do not hold it.
     */
    private Pattern along(int spreadLine, long width, int[] partners) {
        Set<Integer> columns = new HashSet<>();
        IntStream.of(partners).forEach(columns::add);
        if (partners.length > 0) {
            columns.add(cell % grid.counts());
        }
        int total = grid.totalOf(lines[spreadLine]);
        if (total == cell) {
            return null;
        }
        List<Cube> cubes = new ArrayList<>();
        for (int other : grid.cellsOf(lines[spreadLine])) {
            Cube cube = other == cell || other == total ? null : cube(spreadLine, other, partners);
            if (cube != null) {
                cubes.add(cube);
            }
        }
        cubes.sort(Comparator.comparingLong(Cube::cost));
        Map<Integer, Long> rise = new HashMap<>();
        Map<Integer, Long> fallen = new HashMap<>();
        Set<Integer> moving = new HashSet<>();
        long fall = 0;
        List<Cube> taken = new ArrayList<>();
        for (Cube cube : cubes) {
            IntStream.of(cube.chain()).forEach(moving::add);
            long amount = Math.min(least(cube.sibling(), c -> grid.roomBelow(c, columns) - fallen.getOrDefault(c, 0L)),
                    least(cube.chain(), c -> grid.roomAbove(c, columns, moving::contains) - rise.getOrDefault(c, 0L)));
            if (amount <= 0) {
                continue;
            }
            IntStream.of(cube.chain()).forEach(c -> rise.merge(c, amount, Long::sum));
            IntStream.of(cube.sibling()).forEach(c -> fallen.merge(c, amount, Long::sum));
            taken.add(cube);
            fall = Math.max(fall, Math.min(least(cube.chain(), c -> grid.roomBelow(c, columns)),
                    least(cube.sibling(), c -> grid.roomAbove(c, columns, moving::contains))));
            if (rise.get(cell) + fall >= width) {
                return pattern(taken, rise);
            }
        }
        return null;
    }

    /** The taken cubes as a pattern: the cells that rose as far as the cell are moved, the rest wait. */
    private Pattern pattern(List<Cube> taken, Map<Integer, Long> rise) {
        Set<Integer> all = new TreeSet<>();
        taken.forEach(c -> IntStream.concat(IntStream.of(c.chain()), IntStream.of(c.sibling())).forEach(all::add));
        long full = rise.get(cell);
        int[] moved = all.stream().filter(c -> rise.getOrDefault(c, 0L) == full).mapToInt(Integer::intValue)
                .toArray();
        int[] waiting = all.stream().filter(c -> rise.getOrDefault(c, 0L) != full).mapToInt(Integer::intValue)
                .toArray();
        List<SignedMove> parts = taken.stream().map(c -> new SignedMove(
                IntStream.concat(IntStream.of(c.chain()), IntStream.of(c.sibling())).toArray(),
                IntStream.concat(IntStream.of(c.chain()).map(x -> 1), IntStream.of(c.sibling()).map(x -> -1))
                        .toArray()))
                .toList();
        return new Pattern(moved, waiting, all.stream().mapToLong(this::cost).sum(), parts);
    }

    private static long least(int[] cells, IntToLongFunction room) {
        return IntStream.of(cells).mapToLong(room).min().orElseThrow();
    }

    /**
     * The pattern of one sibling on the spread line: the cell's all-same-sign cube (on every line the total where
     * it is a part, a part where it is the total) minus the sibling's, whose cells cancel where they meet (at the
     * spread line's total and above it), so the totals they share, the national row among them, do not move. Both
     * take the same part on a line where both are the total, the one largest at the sibling's position, so its side
     * can fall furthest; where no part is common to both (a dimension nested in another, such as opvangvorm in
     * category) each takes its own, and the two parts' totals move instead. Null when a cell is missing or cannot
     * be hidden.
     */
    private Cube cube(int spreadLine, int other, int[] partners) {
        int[] otherLines = new int[lines.length];
        int[] mine = new int[lines.length];
        int[] theirs = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            int line = lines[i];
            otherLines[i] = i == spreadLine ? line : IntStream.of(grid.linesOf(other))
                    .filter(l -> grid.axisOf(l).equals(grid.axisOf(line))).findFirst().orElse(-1);
            if (otherLines[i] < 0 || !sameSignNeighbours(line, other, otherLines[i], mine, theirs, i)) {
                return null;
            }
        }
        Set<Integer> up = sameSignCube(cell, lines, mine);
        Set<Integer> down = sameSignCube(other, otherLines, theirs);
        if (up == null || down == null) {
            return null;
        }
        Set<Integer> met = new HashSet<>(up);
        met.retainAll(down);
        up.removeAll(met);
        down.removeAll(met);
        int[] chain = withPartners(up.stream().mapToInt(Integer::intValue).toArray(), partners);
        int[] sibling = withPartners(down.stream().mapToInt(Integer::intValue).toArray(), partners);
        long[] costs = IntStream.concat(IntStream.of(chain), IntStream.of(sibling)).mapToLong(this::cost).toArray();
        if (!up.contains(cell) || LongStream.of(costs).anyMatch(c -> c == Hypercube.INVALID)) {
            return null;
        }
        return new Cube(chain, sibling, LongStream.of(costs).sum());
    }

    /**
     * Sets, at {@code i}, the cell's and the sibling's neighbour that moves with each one's sign on their lines along
     * one axis: the totals where they are parts; where they are the totals, a common part (the one largest at the
     * sibling), or else the cell's cheapest and the sibling's largest part. False when there is none.
     */
    private boolean sameSignNeighbours(int line, int other, int otherLine, int[] mine, int[] theirs, int i) {
        mine[i] = grid.totalOf(line) == cell ? -1 : grid.totalOf(line);
        theirs[i] = grid.totalOf(otherLine) == other ? -1 : grid.totalOf(otherLine);
        if (mine[i] < 0 && theirs[i] < 0) {
            long bestValue = -1;
            for (int part : grid.cellsOf(line)) {
                int atSibling = part == cell ? -1 : grid.corner(other, new int[] {otherLine}, new int[] {part});
                if (atSibling >= 0 && atSibling != other && hideable(part) && hideable(atSibling)
                        && grid.value(atSibling) > bestValue) {
                    mine[i] = part;
                    theirs[i] = atSibling;
                    bestValue = grid.value(atSibling);
                }
            }
        }
        if (mine[i] < 0) {
            mine[i] = extremePart(line, cell, Comparator.comparingLong(this::cost));
        }
        if (theirs[i] < 0) {
            theirs[i] = extremePart(otherLine, other, Comparator.comparingLong((Integer c) -> -grid.value(c)));
        }
        return mine[i] >= 0 && theirs[i] >= 0 && hideable(mine[i]) && hideable(theirs[i]);
    }

    /** The first part of the line other than {@code at} in the given order (lowest index on a tie); -1 if none. */
    private int extremePart(int line, int at, Comparator<Integer> order) {
        return IntStream.of(grid.cellsOf(line)).filter(c -> c != at && c != grid.totalOf(line) && hideable(c)).boxed()
                .min(order.thenComparingInt(c -> c)).orElse(-1);
    }

    /** The cells reached from {@code at} along any of its lines to their neighbours; null when one is not in gold. */
    private Set<Integer> sameSignCube(int at, int[] along, int[] neighbours) {
        Set<Integer> cube = new TreeSet<>();
        for (int mask = 0; mask < 1 << along.length; mask++) {
            int corner = grid.corner(at, along, neighbours, mask);
            if (corner < 0) {
                return null;
            }
            cube.add(corner);
        }
        return cube;
    }

    private boolean hideable(int c) {
        return cost(c) != Hypercube.INVALID;
    }

    /** The cells with, after them, the cells of the same rows in the partner columns. */
    private int[] withPartners(int[] cells, int[] partners) {
        return IntStream.concat(IntStream.of(cells),
                IntStream.of(cells).flatMap(c -> IntStream.of(partners).map(p -> grid.inRow(c, p)))).toArray();
    }

    private long cost(int c) {
        return Hypercube.hidingCost(grid, hidden, c);
    }
}
