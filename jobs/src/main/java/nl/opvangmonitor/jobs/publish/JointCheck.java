package nl.opvangmonitor.jobs.publish;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check after the line waves: all line equations of one time value taken together can still
 * determine a hidden cell that no single line gives away (two closed groups of hidden cells joined
 * by one cell). The hidden cells are split into groups linked by shared lines; a group's unknowns
 * appear in its own lines only, so only groups with a cell hidden since the last check are solved
 * again ({@link ModularElimination}).
 */
final class JointCheck {
    private JointCheck() {
    }

    /** A hidden cell the equations determine, with the group of linked hidden cells it belongs to. */
    record Determined(int cell, int[] group) {
    }

    /** The determined hidden cells of the groups that contain a cell of {@code changed}. */
    static List<Determined> determined(CellGrid grid, boolean[] hidden, BitSet changed) {
        List<Determined> found = new ArrayList<>();
        for (int[] group : groups(grid, hidden)) {
            if (touches(group, changed)) {
                for (int cell : determinedIn(grid, hidden, group)) {
                    found.add(new Determined(cell, group));
                }
            }
        }
        return found;
    }

    private static boolean touches(int[] group, BitSet changed) {
        for (int cell : group) {
            if (changed.get(cell)) {
                return true;
            }
        }
        return false;
    }

    /** The hidden cells in groups: two hidden cells on one line are in the same group. */
    static List<int[]> groups(CellGrid grid, boolean[] hidden) {
        int[] parent = new int[grid.cells()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int line = 0; line < grid.lines(); line++) {
            int first = -1;
            for (int cell : grid.cellsOf(line)) {
                if (hidden[cell]) {
                    if (first < 0) {
                        first = cell;
                    } else {
                        parent[root(parent, cell)] = root(parent, first);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int cell = 0; cell < parent.length; cell++) {
            if (hidden[cell]) {
                groups.computeIfAbsent(root(parent, cell), g -> new ArrayList<>()).add(cell);
            }
        }
        return groups.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Solves the group's lines (a part +1, the total -1, known cells dropped) for the group's cells. */
    private static List<Integer> determinedIn(CellGrid grid, boolean[] hidden, int[] group) {
        Map<Integer, Integer> column = new HashMap<>();
        for (int cell : group) {
            column.put(cell, column.size());
        }
        ModularElimination system = new ModularElimination(group.length);
        BitSet seen = new BitSet();
        for (int cell : group) {
            for (int line : grid.linesOf(cell)) {
                if (!seen.get(line)) {
                    seen.set(line);
                    system.add(equation(grid, hidden, line, column));
                }
            }
        }
        return system.determined().stream().map(c -> group[c]).toList();
    }

    private static int[] equation(CellGrid grid, boolean[] hidden, int line, Map<Integer, Integer> column) {
        List<Integer> terms = new ArrayList<>();
        for (int cell : grid.cellsOf(line)) {
            if (hidden[cell]) {
                int at = column.get(cell);
                terms.add(grid.totalOf(line) == cell ? -1 - at : at + 1);
            }
        }
        return terms.stream().mapToInt(Integer::intValue).toArray();
    }
}
