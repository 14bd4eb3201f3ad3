package nl.opvangmonitor.jobs.publish;

import java.util.BitSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import nl.opvangmonitor.jobs.publish.HiddenCell.Reason;

/**
 * Primary and secondary suppression of one time value's cells, in memory:
 * <ol>
 *   <li>primary: a count of 1..k-1 is hidden, and so is a linked figure whose source cells are
 *       (a linked figure its source publishes is never a complement);</li>
 *   <li>hypercubes: each hidden cell becomes a corner of its cheapest fully hidden {@link Hypercube}
 *       whose corners can all move by at least k-1 together, which no combination of line equations and
 *       non-negativity can undo, or of its cheapest {@link SiblingSpread} (narrow cubes over several siblings of
 *       one line, moved together) when that costs less;</li>
 *   <li>only for cells that have no hypercube, to a fixpoint: line waves (every line with exactly one
 *       hidden cell gets one complement, until no line needs one), then the joint check
 *       ({@link JointCheck}): for every hidden cell that all lines together still determine, one
 *       complement on a line of that cell, all at once; then the waves resume.</li>
 * </ol>
 * Fallback complement preference, first difference wins: a nonzero value over a zero; a cell on more
 * lines waiting for a complement; the smallest value; a part over the line's total; the first cell
 * (rows sorted by dimension values, then count columns).
 */
final class SuppressionFixpoint {
    private final CellGrid grid;
    private final boolean[] hidden;
    private final int k;
    private final HiddenCell[] why;
    /** Per complement the hidden cell whose pattern or line chose it; -1 for every other cell. */
    private final int[] protects;
    private final int[] hiddenOnLine;
    /** The accepted patterns as moves: each hypercube, and each sibling's part of a spread. */
    private final java.util.List<SignedMove> patterns = new java.util.ArrayList<>();
    /** {@link #groupsInPatterns()}, once worked out. */
    private BitSet groupsInPatterns;
    private final BitSet sinceJointCheck = new BitSet();
    private int passes;
    private int complements;

    private SuppressionFixpoint(CellGrid grid, int k) {
        this.grid = grid;
        this.k = k;
        hidden = new boolean[grid.cells()];
        why = new HiddenCell[grid.cells()];
        protects = new int[grid.cells()];
        java.util.Arrays.fill(protects, -1);
        hiddenOnLine = new int[grid.lines()];
    }

    /** Runs primary and secondary suppression with threshold k on the grid. */
    static SuppressionFixpoint run(CellGrid grid, int k) {
        SuppressionFixpoint f = new SuppressionFixpoint(grid, k);
        TreeSet<Integer> needy = new TreeSet<>();
        for (int cell = 0; cell < grid.cells(); cell++) {
            if (grid.known(cell) && PrimarySuppression.belowThreshold(grid.value(cell), k)) {
                f.hide(cell, new HiddenCell(Reason.PRIMARY, 0), needy);
            } else if (grid.hiddenAtSource(cell)) {
                f.hide(cell, new HiddenCell(Reason.LINKED, 0), needy);
            }
        }
        BitSet unprotected = f.hypercubes(needy);
        f.sinceJointCheck.clear();
        f.sinceJointCheck.or(unprotected);
        f.toFixpoint(needy);
        f.publishDerivableLinks(k);
        return f;
    }

    /**
     * Publishes again, to a fixpoint, each cell hidden only because its linked source is, with a value of at
     * least k, that is the one hidden cell of one of its lines: the line's published cells give it away, so
     * hiding it hides a known number (and no hypercube has it as a corner, since a corner's lines all hold
     * two hidden cells).
     */
    private void publishDerivableLinks(int k) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int cell = 0; cell < grid.cells(); cell++) {
                if (hidden[cell] && why[cell].reason() == Reason.LINKED && grid.value(cell) >= k && derivable(cell)) {
                    hidden[cell] = false;
                    why[cell] = null;
                    for (int line : grid.linesOf(cell)) {
                        hiddenOnLine[line]--;
                    }
                    changed = true;
                }
            }
        }
    }

    /** Whether some line through the hidden cell has every other cell published with a value. */
    private boolean derivable(int cell) {
        for (int line : grid.linesOf(cell)) {
            if (hiddenOnLine[line] == 1 && java.util.Arrays.stream(grid.cellsOf(line)).allMatch(c -> c == cell || grid.known(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Protects each hidden cell that is not yet a protected corner of another's pattern: with the corners of its
     * cheapest {@link Hypercube}, of its cheapest {@link SiblingSpread} or of its cheapest flow of cycles
     * ({@link CyclePattern}, where {@link #worthAFlow}), whichever costs least. The cells a spread or a flow moves by
     * less than k-1 are hidden, and wait for their own pattern. A cell held at its
     * linked source has its pattern there ({@link CellGrid#hold}). Returns the cells left without any, for
     * the line waves and joint check.
     */
    private BitSet hypercubes(TreeSet<Integer> needy) {
        BitSet unprotected = new BitSet();
        BitSet cornered = new BitSet();
        TreeSet<Integer> pending = new TreeSet<>();
        IntStream.range(0, grid.cells()).filter(c -> hidden[c] && !grid.heldAtSource(c)).forEach(pending::add);
        int before = complements;
        while (!pending.isEmpty()) {
            int cell = pending.pollFirst();
            if (cornered.get(cell)) {
                continue;
            }
            int[] cube = Hypercube.cheapest(grid, hidden, cell, k - 1);
            long cubeCost = cube == null ? Long.MAX_VALUE : cost(cube);
            SiblingSpread.Pattern spread = cubeCost == 0 ? null : SiblingSpread.cheapest(grid, hidden, cell, k - 1);
            long cheapest = Math.min(cubeCost, spread == null ? Long.MAX_VALUE : spread.cost());
            SiblingSpread.Pattern cycles = worthAFlow(cell, cheapest) ? CyclePattern.cheapest(grid, hidden, cell, k - 1)
                    : null;
            if (cycles != null && cycles.cost() < cheapest) {
                spread = cycles;
            }
            int[] protectedCells = spread != null && spread.cost() < cubeCost ? spread.moved() : cube;
            if (protectedCells == null) {
                cube = Hypercube.cheapestWithBound(grid, hidden, cell, k - 1);
                protectedCells = cube;
            }
            if (protectedCells == null) {
                unprotected.set(cell);
                continue;
            }
            int[] waiting = new int[0];
            if (protectedCells == cube) {
                patterns.add(Hypercube.move(grid, cell, cube));
            } else {
                waiting = spread.waiting();
                patterns.addAll(spread.parts());
            }
            IntStream.concat(IntStream.of(protectedCells), IntStream.of(waiting)).filter(c -> !hidden[c])
                    .forEach(c -> hideAsComplement(c, cell, needy));
            IntStream.of(protectedCells).forEach(cornered::set);
            IntStream.of(waiting).filter(c -> !cornered.get(c)).forEach(pending::add);
        }
        if (complements > before) {
            passes++;
        }
        return unprotected;
    }

    /**
     * Whether to look for a flow of cycles ({@link CyclePattern}) around the cell: always in a table of two dimensions,
     * where the plane is the whole table and the search is quick; in a larger one only when every cube and spread
     * would hide a national cell, since a plane per pair of lines costs far more time there.
     */
    private boolean worthAFlow(int cell, long cheapest) {
        return cheapest > 0 && (grid.linesOf(cell).length <= 2 || cheapest >= Hypercube.NATIONAL);
    }

    /** What hiding the given cells costs now ({@link Hypercube#hidingCost}). */
    private long cost(int[] cells) {
        return Hypercube.hidingCost(grid, hidden, cells);
    }

    boolean hidden(int cell) {
        return hidden[cell];
    }

    /** Why and in which pass the cell was hidden, or null when it is not. */
    HiddenCell why(int cell) {
        return why[cell];
    }

    /** For a complement, the hidden cell whose hypercube, spread or line chose it; -1 for any other cell. */
    int protects(int cell) {
        return protects[cell];
    }

    /**
     * Whether publishing the sum of the given cells takes protection from no hidden cell: no accepted pattern moves
     * the sum (each hypercube's and each spread part's signed moves over the cells add up to 0), and every hidden cell
     * that shares a group of lines with one of them ({@link JointCheck#groups}) is a cell of such a pattern. Each
     * pattern then moves its cells by as much as before, and the new equation reaches no cell that the line waves
     * protect. A linked figure that is such a sum has no protection of its own, and a line of its source often pins
     * it (noodopvang plus crisisnoodopvang as occupancy_monthly's total minus its other opvangvormen).
     */
    boolean keepsSum(int[] cells) {
        java.util.Set<Integer> sum = IntStream.of(cells).boxed().collect(java.util.stream.Collectors.toSet());
        if (patterns.stream().anyMatch(p -> p.moves(sum))) {
            return false;
        }
        return IntStream.of(cells).filter(c -> hidden[c]).allMatch(c -> groupsInPatterns().get(c));
    }

    /** The hidden cells whose group of lines holds only cells of accepted patterns; worked out once, after the run. */
    private synchronized BitSet groupsInPatterns() {
        if (groupsInPatterns == null) {
            BitSet inPattern = new BitSet();
            patterns.forEach(p -> IntStream.of(p.cells()).forEach(inPattern::set));
            groupsInPatterns = new BitSet();
            JointCheck.groups(grid, hidden).stream().filter(group -> IntStream.of(group).allMatch(inPattern::get))
                    .forEach(group -> IntStream.of(group).forEach(groupsInPatterns::set));
        }
        return groupsInPatterns;
    }

    /** The hypercube round, line waves and joint rounds that added complements. */
    int passes() {
        return passes;
    }

    private void toFixpoint(TreeSet<Integer> needy) {
        while (true) {
            while (!needy.isEmpty()) {
                needy = wave(needy);
            }
            TreeMap<Integer, Integer> picks = new TreeMap<>(); // complement -> the determined cell it protects
            for (JointCheck.Determined d : JointCheck.determined(grid, hidden, sinceJointCheck)) {
                int pick = bestOnLinesOf(new int[] {d.cell()});
                if (pick < 0) {
                    pick = bestOnLinesOf(d.group());
                }
                if (pick >= 0) {
                    picks.putIfAbsent(pick, d.cell());
                }
            }
            sinceJointCheck.clear();
            if (picks.isEmpty()) {
                return;
            }
            for (var pick : picks.entrySet()) {
                hideAsComplement(pick.getKey(), pick.getValue(), needy);
            }
            passes++;
        }
    }

    /** The preferred complement on any line through the given hidden cells, or -1 when there is none. */
    private int bestOnLinesOf(int[] cells) {
        int best = -1;
        for (int cell : cells) {
            for (int line : grid.linesOf(cell)) {
                best = best(grid.cellsOf(line), line, best);
            }
        }
        return best;
    }

    /** Closes each line of the wave that still has one hidden cell; returns the lines left needy. */
    private TreeSet<Integer> wave(TreeSet<Integer> lines) {
        TreeSet<Integer> next = new TreeSet<>();
        int before = complements;
        for (int line : lines) {
            if (hiddenOnLine[line] == 1) {
                int pick = best(grid.cellsOf(line), line, -1);
                if (pick >= 0) {
                    hideAsComplement(pick, onlyHiddenOn(line), next);
                }
            }
        }
        if (complements > before) {
            passes++;
        }
        return next;
    }

    /**
     * The preferred unsuppressed cell with a value among the given cells of a line, or
     * {@code incumbent} when none beats it; -1 when there is none at all.
     */
    private int best(int[] cells, int line, int incumbent) {
        int best = incumbent;
        for (int cell : cells) {
            if (!hidden[cell] && grid.eligible(cell) && (best < 0 || better(cell, line, best))) {
                best = cell;
            }
        }
        return best;
    }

    private boolean better(int cell, int line, int than) {
        int c = Boolean.compare(grid.value(than) == 0, grid.value(cell) == 0);
        if (c == 0) {
            c = Integer.compare(needyLines(cell), needyLines(than));
        }
        if (c == 0) {
            c = Long.compare(grid.value(than), grid.value(cell));
        }
        if (c == 0) {
            c = Boolean.compare(grid.totalOf(line) == than, grid.totalOf(line) == cell);
        }
        return c > 0 || c == 0 && cell < than;
    }

    private int needyLines(int cell) {
        int n = 0;
        for (int line : grid.linesOf(cell)) {
            if (hiddenOnLine[line] == 1) {
                n++;
            }
        }
        return n;
    }

    /** The one hidden cell of a line that has one. */
    private int onlyHiddenOn(int line) {
        return java.util.Arrays.stream(grid.cellsOf(line)).filter(c -> hidden[c]).findFirst().orElse(-1);
    }

    /** Hides a cell to protect {@code protecting}, in the pass now running. */
    private void hideAsComplement(int cell, int protecting, TreeSet<Integer> needy) {
        hide(cell, new HiddenCell(Reason.COMPLEMENT, passes + 1), needy);
        protects[cell] = protecting;
        complements++;
    }

    private void hide(int cell, HiddenCell reason, TreeSet<Integer> needy) {
        hidden[cell] = true;
        why[cell] = reason;
        sinceJointCheck.set(cell);
        for (int line : grid.linesOf(cell)) {
            hiddenOnLine[line]++;
            if (hiddenOnLine[line] == 1) {
                needy.add(line);
            } else {
                needy.remove(line);
            }
        }
    }
}
