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
 * The cheapest protecting flow around a hidden cell, over a plane of its table: two of its lines, with every other
 * line of the cell taken to a same-sign neighbour of a hypercube (the line's total, or one of its largest parts
 * where the cell is the total), so each cell of the plane moves with its copies there. The plane is the network view
 * of a two-dimensional table (Cox; tau-ARGUS's network method): give each cell the sign (-1)^(the plane lines it is
 * the total of); then every line of the plane sums to 0, the plane is a matrix whose rows and columns sum to 0, and any
 * move that keeps its lines is a sum of alternating cycles. A hypercube is the cycle of four cells; a longer cycle can
 * pass through totals, such as a municipality's own total and a large municipality's, where no four cells are all
 * wide enough. Where no single cycle can carry k-1 (a sparse column: no municipality holds 8 of it), several can,
 * one or two each: augmenting cycles, each a cheapest path by Dijkstra over the lines, until the cell can fall as
 * far as its value allows and rise by the rest of k-1. The cell's range then spans k values; a cell the cycles
 * move less waits for its own pattern, as a spread's siblings do. In a table of two dimensions (school_wait,
 * amv_transition) the plane is the table.
 */
final class CyclePattern {
    /** How many parts of a line the cell is the total of are tried as its copies' position, largest first. */
    private static final int PARTS_PER_LINE = 2;
    private final CellGrid grid;
    private final boolean[] hidden;
    private final int cell;
    /** The cell's two lines the cycles run along. */
    private final int[] plane;
    /** The cell's other lines, and per line the cell its copies move to (a total, or one of the largest parts). */
    private final int[] others;
    private final int[] neighbours;
    /** Count columns moving with each cell in its row: the same way, and against it. */
    private final int[] partners;
    private final int[] against;
    /** Per position in a cell's {@link #copies}: +1 where it moves with the cell, -1 against. */
    private final int[] copySigns;
    /** The cell's column with its same-way partners: bounds among them do not stop the move. */
    private final Set<Integer> columns = new HashSet<>();
    /** Cells the flow already moves: hiding them again costs nothing. */
    private final Set<Integer> chosen = new HashSet<>();
    /** The augmenting cycles found so far, each with how far it moves the cell. */
    private final List<Push> pushes = new ArrayList<>();
    /** The cell's sign in the plane's matrix ({@link #sign}). */
    private final int cellSign;
    /** Per cell of the plane, its copies and partners ({@link #copies}); empty when gold lacks one. */
    private final Map<Integer, int[]> copies = new HashMap<>();

    private CyclePattern(CellGrid grid, boolean[] hidden, int cell, int[] plane, int[] others, int[] neighbours,
                         int[] partners, int[] against) {
        this.grid = grid;
        this.hidden = hidden;
        this.cell = cell;
        this.plane = plane;
        this.others = others;
        this.neighbours = neighbours;
        this.partners = partners;
        this.against = against;
        int[] one = IntStream.concat(IntStream.of(1), IntStream.concat(IntStream.of(partners).map(p -> 1),
                IntStream.of(against).map(p -> -1))).toArray();
        this.copySigns = IntStream.range(0, 1 << others.length).flatMap(mask -> IntStream.of(one)).toArray();
        IntStream.of(partners).forEach(columns::add);
        if (partners.length > 0) {
            columns.add(cell % grid.counts());
        }
        this.cellSign = sign(cell);
    }

    /**
     * The cheapest flow of cycles, over any plane of two of the cell's lines, that moves the cell over a range at
     * least {@code width} wide, over every choice of the copies' places and of the columns moving along in the rows
     * ({@link #partnerSets}); null when no flow reaches the width.
     */
    static SiblingSpread.Pattern cheapest(CellGrid grid, boolean[] hidden, int cell, long width) {
        int[] lines = grid.linesOf(cell);
        List<int[][]> partnerSets = partnerSets(grid, cell);
        SiblingSpread.Pattern best = null;
        for (int i = 0; i < lines.length; i++) {
            for (int j = i + 1; j < lines.length; j++) {
                int[] plane = {lines[i], lines[j]};
                int[] others = IntStream.of(lines).filter(l -> l != plane[0] && l != plane[1]).toArray();
                for (int[] neighbours : neighbourChoices(grid, cell, others)) {
                    for (int[][] moving : partnerSets) {
                        SiblingSpread.Pattern flow = new CyclePattern(grid, hidden, cell, plane, others, neighbours,
                                moving[0], moving[1]).search(width);
                        if (flow != null && (best == null || flow.cost() < best.cost())) {
                            best = flow;
                        }
                        if (flow != null && moving[0].length == 0) {
                            break;
                        }
                    }
                }
            }
        }
        return best;
    }

    /**
     * The columns that may move with the cell's in its row, as pairs {same way, against}: none; its lockstep group;
     * for a count held by a single bound in a row total ({@code within_42_days} by {@code enrolled_in_time}), the
     * bound with the row total, or the bound against each other part of that total ({@code enrolled_late} falls where
     * {@code enrolled_in_time} rises), which keeps the row's sum with the total where it is.
     */
    private static List<int[][]> partnerSets(CellGrid grid, int cell) {
        List<int[][]> sets = new ArrayList<>();
        sets.add(new int[][] {{}, {}});
        int[] group = grid.lockstepColumns(cell);
        if (group.length > 0) {
            sets.add(new int[][] {group, {}});
        }
        int[] boundAndTotal = grid.boundAndTotalColumns(cell);
        if (boundAndTotal.length > 0) {
            sets.add(new int[][] {boundAndTotal, {}});
            IntStream.of(grid.boundSiblingColumns(cell)).forEach(s -> sets.add(new int[][] {{boundAndTotal[0]}, {s}}));
        }
        return sets;
    }

    /**
     * Every choice of same-sign neighbours on the other lines, as a hypercube would take them: a line's total where
     * the cell is a part of it, else one of its two largest known parts (the copies must carry the flow, and a larger
     * part has more room).
     */
    private static List<int[]> neighbourChoices(CellGrid grid, int cell, int[] others) {
        List<int[]> choices = new ArrayList<>();
        choices.add(new int[0]);
        for (int line : others) {
            int total = grid.totalOf(line);
            int[] options = total != cell ? (total < 0 ? new int[0] : new int[] {total})
                    : IntStream.of(grid.cellsOf(line)).filter(c -> c != cell && grid.known(c)).boxed()
                    .sorted(java.util.Comparator.comparingLong(grid::value).reversed()).limit(PARTS_PER_LINE)
                    .mapToInt(Integer::intValue).toArray();
            List<int[]> next = new ArrayList<>();
            for (int[] choice : choices) {
                for (int option : options) {
                    int[] extended = Arrays.copyOf(choice, choice.length + 1);
                    extended[choice.length] = option;
                    next.add(extended);
                }
            }
            choices = next;
        }
        return choices;
    }

    /** The cell falls as far as its value (and k-1) allow, then rises by the rest of the width. */
    private SiblingSpread.Pattern search(long width) {
        if (copies(cell) == null || !hideable(copies(cell))) {
            return null;
        }
        long fall = augment(-1, Math.min(width, capacity(cell, -1)));
        long rise = width - fall;
        if (capacity(cell, 1) < rise || augment(1, rise) < rise) {
            return null;
        }
        // a cell's range spans the difference of the two solutions: its moves in the rise plus those in the fall
        Map<Integer, Long> displacement = new HashMap<>();
        for (Push push : pushes) {
            SignedMove cycle = push.cycle();
            for (int j = 0; j < cycle.cells().length; j++) {
                displacement.merge(cycle.cells()[j], cycle.signs()[j] * push.amount(), Long::sum);
            }
        }
        int[] moved = displacement.keySet().stream().filter(c -> Math.abs(displacement.get(c)) >= width)
                .mapToInt(Integer::intValue).sorted().toArray();
        int[] waiting = displacement.keySet().stream().filter(c -> Math.abs(displacement.get(c)) < width)
                .mapToInt(Integer::intValue).sorted().toArray();
        long cost = Hypercube.hidingCost(grid, hidden, IntStream.concat(IntStream.of(moved), IntStream.of(waiting))
                .toArray());
        return new SiblingSpread.Pattern(moved, waiting, cost, pushes.stream().map(Push::cycle).toList());
    }

    /** Whether every one of the cells can be hidden ({@link Hypercube#hidingCost} is not INVALID). */
    private boolean hideable(int[] cells) {
        return IntStream.of(cells).allMatch(m -> Hypercube.hidingCost(grid, hidden, m) != Hypercube.INVALID);
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
            pushes.add(new Push(move, step));
            pushed += step;
        }
        return pushed;
    }

    /** One augmenting cycle as a move of its cells, and how far it moves the cell. */
    private record Push(SignedMove cycle, long amount) {
    }

    /** The cells of one cycle, the cell first, each with its direction relative to the cell's (+1 along). */
    private record Cycle(int[] cells, int[] along) {
    }

    /** The cycle as a move of every cell with its copies and partners, which move with it. */
    private SignedMove move(Cycle cycle) {
        IntStream.Builder moved = IntStream.builder();
        IntStream.Builder signs = IntStream.builder();
        for (int i = 0; i < cycle.cells().length; i++) {
            int[] moving = copies(cycle.cells()[i]);
            for (int m = 0; m < moving.length; m++) {
                moved.add(moving[m]);
                signs.add(cycle.along()[i] * copySigns[m]);
            }
        }
        return new SignedMove(moved.build().toArray(), signs.build().toArray());
    }

    /**
     * Dijkstra from the cell's first plane line to its second over cells with capacity left for the direction they
     * move in; the path and the cell close a cycle.
     */
    private Cycle path(int direction, Map<Integer, Long> used) {
        if (capacity(cell, direction) - used.getOrDefault(cell, 0L) < 1) {
            return null;
        }
        int sign = sign(cell);
        long[] distance = new long[grid.lines()];
        int[] via = new int[grid.lines()];
        Arrays.fill(distance, Long.MAX_VALUE);
        distance[plane[0]] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        queue.add(new long[] {0, plane[0]});
        while (!queue.isEmpty()) {
            long[] head = queue.poll();
            int line = (int) head[1];
            if (head[0] > distance[line] || line == plane[1]) {
                continue;
            }
            for (int next : grid.cellsOf(line)) {
                int other = next == cell ? -1 : otherLine(next, line);
                long cost = other < 0 ? Hypercube.INVALID : edgeCost(next, direction * along(line, next), used);
                if (cost != Hypercube.INVALID && distance[line] + cost < distance[other]) {
                    distance[other] = distance[line] + cost;
                    via[other] = next;
                    queue.add(new long[] {distance[other], other});
                }
            }
        }
        if (distance[plane[1]] == Long.MAX_VALUE) {
            return null;
        }
        IntStream.Builder cells = IntStream.builder().add(cell);
        IntStream.Builder along = IntStream.builder().add(1);
        for (int line = plane[1]; line != plane[0]; ) {
            int c = via[line];
            int from = otherLine(c, line);
            cells.add(c);
            along.add(along(from, c));
            line = from;
        }
        return new Cycle(cells.build().toArray(), along.build().toArray());
    }

    /**
     * The direction a cell reached from the given plane line moves in, relative to the cell's: cycles alternate, a
     * step from a line along the first plane axis flips it, and a cell that is the total of one plane line carries
     * the opposite sign of the matrix.
     */
    private int along(int from, int c) {
        int step = sameAxis(from, plane[0]) ? -1 : 1;
        return step * cellSign * sign(c);
    }

    private boolean sameAxis(int line, int planeLine) {
        return grid.dimensionOf(line) == grid.dimensionOf(planeLine);
    }

    /** The cell's line along the other plane axis than the given line, or -1 when it has none. */
    private int otherLine(int c, int line) {
        int axis = sameAxis(line, plane[0]) ? plane[1] : plane[0];
        for (int l : grid.linesOf(c)) {
            if (l != line && sameAxis(l, axis)) {
                return l;
            }
        }
        return -1;
    }

    /** -1 for a cell that is the total of exactly one of its plane lines, +1 otherwise. */
    private int sign(int c) {
        int totals = (int) IntStream.of(grid.linesOf(c)).filter(l -> grid.totalOf(l) == c)
                .filter(l -> sameAxis(l, plane[0]) || sameAxis(l, plane[1])).count();
        return totals % 2 == 0 ? 1 : -1;
    }

    /**
     * What hiding the cell with its copies and partners costs (nothing once the flow moves them), or INVALID when a
     * copy is missing from gold, one of them cannot be hidden, or they have no capacity left for moving in the given
     * direction (+1 up).
     */
    private long edgeCost(int c, int direction, Map<Integer, Long> used) {
        int[] moving = copies(c);
        if (moving == null || capacity(c, direction) - used.getOrDefault(c, 0L) < 1) {
            return Hypercube.INVALID;
        }
        long total = 0;
        for (int m : moving) {
            long cost = chosen.contains(m) ? 0 : Hypercube.hidingCost(grid, hidden, m);
            if (cost == Hypercube.INVALID) {
                return Hypercube.INVALID;
            }
            total += cost;
        }
        return total;
    }

    /**
     * The cell, its copies along the other lines (moved to the neighbours' positions, every combination, as a
     * hypercube's corners) and their partners in their rows; null when gold lacks a copy.
     */
    private int[] copies(int c) {
        int[] moving = copies.computeIfAbsent(c, base -> {
            IntStream.Builder all = IntStream.builder();
            for (int mask = 0; mask < 1 << others.length; mask++) {
                int copy = mask == 0 ? base : grid.corner(base, others, neighbours, mask);
                if (copy < 0) {
                    return new int[0];
                }
                all.add(copy);
                IntStream.concat(IntStream.of(partners), IntStream.of(against))
                        .forEach(p -> all.add(grid.inRow(copy, p)));
            }
            return all.build().toArray();
        });
        return moving.length == 0 ? null : moving;
    }

    /**
     * How far the cell can move in the given direction (+1 up) with all its copies and partners; a distinct-person
     * total they are part of counts as fixed (the cautious side).
     */
    private long capacity(int c, int direction) {
        int[] moving = copies(c);
        return moving == null ? 0 : IntStream.range(0, moving.length).mapToLong(m -> direction * copySigns[m] > 0
                ? grid.roomAbove(moving[m], columns, x -> false) : grid.roomBelow(moving[m], columns)).min()
                .orElseThrow();
    }
}
