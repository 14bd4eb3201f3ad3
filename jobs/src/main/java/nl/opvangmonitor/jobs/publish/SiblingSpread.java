package nl.opvangmonitor.jobs.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Protection for a hidden cell that no single wide {@link Hypercube} protects cheaply: several narrow
 * cubes that share the cell's chain (the cell and its same-sign neighbours along every other line: the total where
 * it is a part, a part where it is the total) and each take another sibling along one line. Each cube alone moves its sibling's corners only as far as that
 * sibling's smallest corner allows; added together (a sum of cubes keeps every line sum as each cube does) they
 * move the chain by the sum, so small siblings that are each too small for a wide cube protect the cell
 * together (tau-ARGUS's optimal patterns spread a move over a line in the same way). The chain's corners move
 * by the full width and are protected; the siblings' corners move less and need protection of their own.
 */
final class SiblingSpread {
    private final CellGrid grid;
    private final boolean[] hidden;
    private final int cell;
    private final int[] lines;
    private final int[] base;

    /**
     * The cells of a spread: the chain (protected by it) and the siblings' corners (hidden by it, protected on
     * their own), and what hiding them costs.
     */
    record Pattern(int[] chain, int[] siblings, long cost) {
    }

    /** One sibling's cube: its corners, how far they can fall and rise together, and their cost. */
    private record Sibling(int[] corners, long fall, long rise, long cost) {
    }

    private SiblingSpread(CellGrid grid, boolean[] hidden, int cell) {
        this.grid = grid;
        this.hidden = hidden;
        this.cell = cell;
        this.lines = grid.linesOf(cell);
        this.base = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            base[i] = sameSignNeighbour(lines[i]);
        }
    }

    /** The cheapest spread whose chain can move by at least {@code width}, or null when there is none. */
    static Pattern cheapest(CellGrid grid, boolean[] hidden, int cell, long width) {
        SiblingSpread search = new SiblingSpread(grid, hidden, cell);
        Pattern best = null;
        for (int i = 0; i < search.lines.length; i++) {
            Pattern along = search.along(i, width);
            if (along != null && (best == null || along.cost() < best.cost())) {
                best = along;
            }
        }
        return best;
    }

    /**
     * The neighbour on the line that moves with the cell's sign: the line's total when the cell is a part, the
     * cheapest part when the cell is the total; -1 when there is none that can be hidden.
     */
    private int sameSignNeighbour(int line) {
        int total = grid.totalOf(line);
        if (total != cell) {
            return total >= 0 && cost(total) != Hypercube.INVALID ? total : -1;
        }
        return IntStream.of(grid.cellsOf(line)).filter(c -> c != cell && cost(c) != Hypercube.INVALID)
                .boxed().min(Comparator.comparingLong(this::cost).thenComparingInt(c -> c)).orElse(-1);
    }

    /** The cheapest spread over the siblings of line {@code spreadLine}, or null when none is wide enough. */
    private Pattern along(int spreadLine, long width) {
        int total = grid.totalOf(lines[spreadLine]);
        if (total == cell || IntStream.range(0, lines.length).anyMatch(i -> i != spreadLine && base[i] < 0)) {
            return null;
        }
        int[] chain = corners(spreadLine, cell);
        if (chain == null) {
            return null;
        }
        Set<Integer> moving = new HashSet<>();
        IntStream.of(chain).forEach(moving::add);
        long chainFall = IntStream.of(chain).mapToLong(c -> grid.roomBelow(c, Set.of())).min().orElseThrow();
        long chainRise = IntStream.of(chain).mapToLong(c -> grid.roomAbove(c, Set.of(), moving::contains)).min().orElseThrow();
        List<Sibling> siblings = new ArrayList<>();
        for (int other : grid.cellsOf(lines[spreadLine])) {
            if (other != cell && other != total) {
                Sibling sibling = sibling(spreadLine, other, moving);
                if (sibling != null && sibling.fall() > 0) {
                    siblings.add(sibling);
                }
            }
        }
        siblings.sort(Comparator.comparingLong(Sibling::cost).thenComparing(Comparator.comparingLong(Sibling::fall).reversed()));
        long cost = IntStream.of(chain).mapToLong(this::cost).sum();
        long rise = 0;
        long fall = 0;
        List<int[]> taken = new ArrayList<>();
        for (Sibling sibling : siblings) {
            taken.add(sibling.corners());
            cost += sibling.cost();
            rise += sibling.fall();
            fall = Math.max(fall, Math.min(chainFall, sibling.rise()));
            if (Math.min(rise, chainRise) + fall >= width) {
                return new Pattern(chain, taken.stream().flatMapToInt(IntStream::of).toArray(), cost);
            }
        }
        return null;
    }

    /**
     * The cube of one sibling on the spread line, its corners opposite to the cell's sign: how far they can fall
     * (the chain rises by as much) and rise; null when a corner is missing or cannot be hidden.
     */
    private Sibling sibling(int spreadLine, int other, Set<Integer> chain) {
        int[] corners = corners(spreadLine, other);
        if (corners == null) {
            return null;
        }
        Set<Integer> moving = new HashSet<>(chain);
        IntStream.of(corners).forEach(moving::add);
        long fall = IntStream.of(corners).mapToLong(c -> grid.roomBelow(c, Set.of())).min().orElseThrow();
        long rise = IntStream.of(corners).mapToLong(c -> grid.roomAbove(c, Set.of(), moving::contains)).min().orElseThrow();
        return new Sibling(corners, fall, rise, IntStream.of(corners).mapToLong(this::cost).sum());
    }

    /**
     * Every combination of moving along the lines other than the spread line to their same-sign neighbour,
     * starting at the cell with the spread line's coordinate of {@code at}: 2^(lines-1) cells, or null when one
     * is missing from gold or cannot be hidden.
     */
    private int[] corners(int spreadLine, int at) {
        int[] others = IntStream.range(0, lines.length).filter(i -> i != spreadLine).toArray();
        int[] corners = new int[1 << others.length];
        for (int mask = 0; mask < corners.length; mask++) {
            int[] along = new int[Integer.bitCount(mask) + 1];
            int[] to = new int[along.length];
            along[0] = lines[spreadLine];
            to[0] = at;
            int k = 1;
            for (int j = 0; j < others.length; j++) {
                if ((mask & (1 << j)) != 0) {
                    along[k] = lines[others[j]];
                    to[k++] = base[others[j]];
                }
            }
            int corner = grid.corner(cell, along, to);
            if (corner < 0 || cost(corner) == Hypercube.INVALID) {
                return null;
            }
            corners[mask] = corner;
        }
        return corners;
    }

    private long cost(int c) {
        return Hypercube.hidingCost(grid, hidden, c);
    }
}
