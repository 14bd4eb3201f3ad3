package nl.opvangmonitor.jobs.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The cheapest protecting flow around a hidden cell of a two-dimensional table (gemeentecode by onderwijssoort,
 * category by provincie): the network view of such a table (Cox; tau-ARGUS's network method). Give each cell the
 * sign (-1)^(its ALL values); then every line, the total included, sums to 0, the table is a matrix whose rows and
 * columns (the lines along either dimension) sum to 0, and any move that keeps every line is a sum of alternating
 * cycles through it. A hypercube is the cycle of four cells; a longer cycle can pass through totals, such as a
 * municipality's own total and a large municipality's, where no four cells are all wide enough. Where no single
 * cycle can carry k-1 (a sparse column: no municipality holds 8 of it), several can, one or two each: augmenting
 * cycles, each a cheapest path by Dijkstra over the lines, until the cell can fall as far as its value allows
 * and rise by the rest of k-1. The cell's range then spans k values; a cell the cycles move less waits for its own
 * pattern, as a spread's siblings do.
 */
final class CyclePattern {
    private final CellGrid grid;
    private final boolean[] hidden;
    private final int cell;
    private final int[] partners;
    private final Set<Integer> columns = new HashSet<>();
    /** Cells the flow already moves: hiding them again costs nothing. */
    private final Set<Integer> chosen = new HashSet<>();
    private final List<SignedMove> cycles = new ArrayList<>();
    private final List<Long> amounts = new ArrayList<>();

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
     * The cheapest flow of cycles that moves the cell over a range at least {@code width} wide, with the count columns
     * of the cell's lockstep group moving along in every row when the column alone has none; null for a cell not on
     * exactly two dimension lines, or when no flow reaches the width.
     */
    static SiblingSpread.Pattern cheapest(CellGrid grid, boolean[] hidden, int cell, long width) {
        if (!twoDimensional(grid, cell)) {
            return null;
        }
        SiblingSpread.Pattern alone = new CyclePattern(grid, hidden, cell, new int[0]).search(width);
        int[] group = grid.lockstepColumns(cell);
        return alone != null || group.length == 0 ? alone : new CyclePattern(grid, hidden, cell, group).search(width);
    }

    private static boolean twoDimensional(CellGrid grid, int c) {
        int[] lines = grid.linesOf(c);
        return lines.length == 2 && grid.dimensionOf(lines[0]) >= 0 && grid.dimensionOf(lines[1]) >= 0;
    }

    /** The cell falls as far as its value (and k-1) allow, then rises by the rest of the width. */
    private SiblingSpread.Pattern search(long width) {
        long fall = augment(-1, Math.min(width, room(cell, false)));
        long rise = width - fall;
        if (room(cell, true) < rise || augment(1, rise) < rise) {
            return null;
        }
        // a cell's range spans the difference of the two solutions: its moves in the rise plus those in the fall
        Map<Integer, Long> displacement = new HashMap<>();
        for (int i = 0; i < cycles.size(); i++) {
            SignedMove cycle = cycles.get(i);
            for (int j = 0; j < cycle.cells().length; j++) {
                displacement.merge(cycle.cells()[j], cycle.signs()[j] * amounts.get(i), Long::sum);
            }
        }
        int[] moved = displacement.keySet().stream().filter(c -> Math.abs(displacement.get(c)) >= width)
                .mapToInt(Integer::intValue).sorted().toArray();
        int[] waiting = displacement.keySet().stream().filter(c -> Math.abs(displacement.get(c)) < width)
                .mapToInt(Integer::intValue).sorted().toArray();
        long cost = Hypercube.hidingCost(grid, hidden, IntStream.concat(IntStream.of(moved), IntStream.of(waiting))
                .toArray());
        return new SiblingSpread.Pattern(moved, waiting, cost, List.copyOf(cycles));
    }

    /**
     * Moves the cell by up to {@code amount} in the given direction (+1 up, -1 down) along cheapest cycles, each
     * as far as its tightest cell allows; returns how far it got. The capacity a cycle uses is its own: the fall
     * and the rise are two separate solutions, each consistent with everything published.
     */
    private long augment(int direction, long amount) {
        Map<Integer, Long> used = new HashMap<>();
        long pushed = 0;
        while (pushed < amount) {
            Cycle cycle = path(direction, used);
            if (cycle == null) {
                break;
            }
            long step = amount - pushed;
            for (int i = 0; i < cycle.cells().length; i++) {
                int c = cycle.cells()[i];
                step = Math.min(step, capacity(c, direction * cycle.along()[i]) - used.getOrDefault(c, 0L));
            }
            for (int c : cycle.cells()) {
                used.merge(c, step, Long::sum);
            }
            SignedMove move = move(cycle);
            IntStream.of(move.cells()).forEach(chosen::add);
            cycles.add(move);
            amounts.add(step);
            pushed += step;
        }
        return pushed;
    }

    /** The cells of one cycle, the cell first, each with its direction relative to the cell's (+1 along). */
    private record Cycle(int[] cells, int[] along) {
    }

    /** The cycle as a move of every cell and its partners, which move with it. */
    private SignedMove move(Cycle cycle) {
        IntStream.Builder moved = IntStream.builder();
        IntStream.Builder signs = IntStream.builder();
        for (int i = 0; i < cycle.cells().length; i++) {
            for (int m : withPartners(cycle.cells()[i])) {
                moved.add(m);
                signs.add(cycle.along()[i]);
            }
        }
        return new SignedMove(moved.build().toArray(), signs.build().toArray());
    }

    /**
     * Dijkstra from the cell's first line to its second over cells with capacity left for the direction they move
     * in; the path and the cell close a cycle.
     */
    private Cycle path(int direction, Map<Integer, Long> used) {
        int[] lines = grid.linesOf(cell);
        if (capacity(cell, direction) - used.getOrDefault(cell, 0L) < 1) {
            return null;
        }
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
            if (head[0] > distance[line] || line == lines[1]) {
                continue;
            }
            int alternation = grid.dimensionOf(line) == rowDimension ? -sign : sign;
            for (int next : grid.cellsOf(line)) {
                int other = next == cell || !twoDimensional(grid, next) ? -1 : otherLine(next, line);
                long cost = other < 0 ? Hypercube.INVALID : edgeCost(next, direction * alternation * sign(next), used);
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
        IntStream.Builder cells = IntStream.builder().add(cell);
        IntStream.Builder along = IntStream.builder().add(1);
        for (int line = lines[1]; line != lines[0]; ) {
            int c = via[line];
            int from = otherLine(c, line);
            cells.add(c);
            along.add((grid.dimensionOf(from) == rowDimension ? -sign : sign) * sign(c));
            line = from;
        }
        return new Cycle(cells.build().toArray(), along.build().toArray());
    }

    private int otherLine(int c, int line) {
        int[] lines = grid.linesOf(c);
        return lines[0] == line ? lines[1] : lines[0];
    }

    /** -1 for a cell that is the total of exactly one of its lines, +1 otherwise: (-1)^(its ALL values). */
    private int sign(int c) {
        int totals = (int) IntStream.of(grid.linesOf(c)).filter(l -> grid.totalOf(l) == c).count();
        return totals % 2 == 0 ? 1 : -1;
    }

    /**
     * What hiding the cell and its partners costs (nothing once the flow moves them), or INVALID when one of them
     * cannot be hidden or has no capacity left for moving in the given direction (+1 up).
     */
    private long edgeCost(int c, int direction, Map<Integer, Long> used) {
        if (capacity(c, direction) - used.getOrDefault(c, 0L) < 1) {
            return Hypercube.INVALID;
        }
        long total = 0;
        for (int m : withPartners(c)) {
            long cost = chosen.contains(m) ? 0 : Hypercube.hidingCost(grid, hidden, m);
            if (cost == Hypercube.INVALID) {
                return Hypercube.INVALID;
            }
            total += cost;
        }
        return total;
    }

    /** The cell and its partners in its row. */
    private int[] withPartners(int c) {
        return IntStream.concat(IntStream.of(c), IntStream.of(partners).map(p -> grid.inRow(c, p))).toArray();
    }

    /** How far the cell can move in the given direction (+1 up), its partners with it. */
    private long capacity(int c, int direction) {
        return room(c, direction > 0);
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
