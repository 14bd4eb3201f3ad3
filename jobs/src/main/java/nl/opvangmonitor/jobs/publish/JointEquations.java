package nl.opvangmonitor.jobs.publish;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opvangmonitor.common.tables.GoldTables;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The check after the line fixpoint: all line equations of one time value taken together can still
 * determine a hidden cell that no single line gives away (two closed groups of hidden cells joined by
 * one cell). Per time value, on the executors, the hidden cells are split into groups linked by shared
 * lines; each group's equations are reduced (elimination modulo a prime) and for every hidden cell
 * they determine, one complement is picked on a line of that cell (smallest nonzero value,
 * a part before the total, then key; on a line of any cell of the group when the determined cell's
 * lines are all hidden). The caller marks the picks and resumes the line fixpoint.
 */
final class JointEquations {
    private JointEquations() {
    }

    /** One complement per determined hidden cell (distinct); same columns as a line pass's picks. */
    static Dataset<Row> complements(Dataset<Row> cells, TableShape shape, String pickedAlong) {
        List<String> key = shape.cellKey();
        StructType schema = new StructType();
        for (String c : key) {
            schema = schema.add(cells.schema().apply(c));
        }
        schema = schema.add(pickedAlong, DataTypes.StringType);
        Solver solver = new Solver(shape, cells.schema());
        return cells.groupByKey((MapFunction<Row, String>) r -> solver.timeOf(r), Encoders.STRING())
                .flatMapGroups(solver, Encoders.row(schema));
    }

    /** Solves one time value's cells; serializable, so it runs where the cells are. */
    private static final class Solver implements FlatMapGroupsFunction<String, Row, Row>, Serializable {
        private static final long serialVersionUID = 1L;
        private static final long P = 2147483647L;
        private final List<String> dimensions;
        private final Map<String, List<String>> rowTotals;
        private final int[] keyAt;
        private final int[] timeAt;
        private final int measureAt;
        private final int valueAt;
        private final int suppressedAt;
        private final int firstDimension;

        Solver(TableShape shape, StructType cells) {
            dimensions = new ArrayList<>(shape.dimensions());
            rowTotals = new HashMap<>();
            shape.rowTotals().forEach((t, parts) -> rowTotals.put(t, new ArrayList<>(parts)));
            keyAt = shape.cellKey().stream().mapToInt(cells::fieldIndex).toArray();
            timeAt = shape.times().stream().mapToInt(cells::fieldIndex).toArray();
            measureAt = cells.fieldIndex(TableShape.MEASURE);
            valueAt = cells.fieldIndex(CountCells.VALUE);
            suppressedAt = cells.fieldIndex(CountCells.SUPPRESSED);
            firstDimension = shape.times().size();
        }

        String timeOf(Row r) {
            StringBuilder b = new StringBuilder();
            for (int i : timeAt) {
                b.append(r.get(i)).append('|');
            }
            return b.toString();
        }

        @Override
        public Iterator<Row> call(String time, Iterator<Row> rows) {
            List<Row> cells = new ArrayList<>();
            rows.forEachRemaining(cells::add);
            Map<List<Object>, List<int[]>> lines = lines(cells);
            int[] parent = new int[cells.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (List<int[]> line : lines.values()) {
                int first = -1;
                for (int[] m : line) {
                    if (hidden(cells.get(m[0]))) {
                        if (first < 0) {
                            first = m[0];
                        } else {
                            parent[find(parent, m[0])] = find(parent, first);
                        }
                    }
                }
            }
            Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                if (hidden(cells.get(i))) {
                    groups.computeIfAbsent(find(parent, i), g -> new ArrayList<>()).add(i);
                }
            }
            Map<Integer, List<List<Object>>> linesOf = new HashMap<>();
            lines.forEach((k, line) -> line.forEach(m -> linesOf.computeIfAbsent(m[0], c -> new ArrayList<>()).add(k)));
            Map<String, Row> picks = new LinkedHashMap<>();
            for (List<Integer> group : groups.values()) {
                for (int determined : determined(group, lines, linesOf)) {
                    Row pick = complementFor(List.of(determined), cells, lines, linesOf);
                    if (pick == null) {
                        pick = complementFor(group, cells, lines, linesOf);
                    }
                    if (pick != null) {
                        picks.putIfAbsent(pick.toString(), pick);
                    }
                }
            }
            return picks.values().iterator();
        }

        private boolean hidden(Row cell) {
            return cell.getBoolean(suppressedAt);
        }

        /** Lines as in {@link SuppressionLines}: (cell index, 1 when total) per line key. */
        private Map<List<Object>, List<int[]>> lines(List<Row> cells) {
            Map<List<Object>, List<int[]>> lines = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                Row cell = cells.get(i);
                String measure = cell.getString(measureAt);
                for (int d = 0; d < dimensions.size(); d++) {
                    List<Object> line = new ArrayList<>(List.of(dimensions.get(d), measure));
                    for (int e = 0; e < dimensions.size(); e++) {
                        line.add(e == d ? "*" : cell.get(keyAt[firstDimension + e]));
                    }
                    boolean total = GoldTables.ALL.equals(cell.get(keyAt[firstDimension + d]));
                    lines.computeIfAbsent(line, l -> new ArrayList<>()).add(new int[] {i, total ? 1 : 0});
                }
                for (Map.Entry<String, List<String>> t : rowTotals.entrySet()) {
                    if (t.getKey().equals(measure) || t.getValue().contains(measure)) {
                        List<Object> line = new ArrayList<>(List.of("row total " + t.getKey()));
                        for (int e = 0; e < dimensions.size(); e++) {
                            line.add(cell.get(keyAt[firstDimension + e]));
                        }
                        lines.computeIfAbsent(line, l -> new ArrayList<>())
                                .add(new int[] {i, t.getKey().equals(measure) ? 1 : 0});
                    }
                }
            }
            return lines;
        }

        /** The hidden cells of the group that the group's equations determine. */
        private List<Integer> determined(List<Integer> group, Map<List<Object>, List<int[]>> lines,
                                        Map<Integer, List<List<Object>>> linesOf) {
            Map<Integer, Integer> column = new HashMap<>();
            group.forEach(c -> column.put(c, column.size()));
            List<long[]> equations = new ArrayList<>();
            Set<List<Object>> seen = new HashSet<>();
            for (int c : group) {
                for (List<Object> k : linesOf.get(c)) {
                    if (seen.add(k)) {
                        long[] eq = new long[group.size()];
                        for (int[] m : lines.get(k)) {
                            Integer at = column.get(m[0]);
                            if (at != null) {
                                eq[at] = m[1] == 1 ? P - 1 : 1;
                            }
                        }
                        equations.add(eq);
                    }
                }
            }
            List<Integer> determined = new ArrayList<>();
            for (long[] row : reduce(equations, group.size())) {
                int nonzero = 0;
                int at = -1;
                for (int j = 0; j < row.length; j++) {
                    if (row[j] != 0) {
                        nonzero++;
                        at = j;
                    }
                }
                if (nonzero == 1) {
                    determined.add(group.get(at));
                }
            }
            return determined;
        }

        /**
         * The best unsuppressed cell on the lines of the given hidden cells (the determined one first;
         * the whole group when every cell on its lines is hidden already), or null.
         */
        private Row complementFor(List<Integer> hiddenCells, List<Row> cells, Map<List<Object>, List<int[]>> lines,
                                  Map<Integer, List<List<Object>>> linesOf) {
            int[] best = null;
            String along = null;
            Comparator<int[]> preference = Comparator
                    .<int[]>comparingInt(m -> value(cells.get(m[0])) == 0 ? 1 : 0)
                    .thenComparingLong(m -> value(cells.get(m[0])))
                    .thenComparingInt(m -> m[1])
                    .thenComparing(m -> keyText(cells.get(m[0])));
            for (List<Object> k : hiddenCells.stream().flatMap(h -> linesOf.get(h).stream()).toList()) {
                for (int[] m : lines.get(k)) {
                    Row cell = cells.get(m[0]);
                    if (!hidden(cell) && !cell.isNullAt(valueAt) && (best == null || preference.compare(m, best) < 0)) {
                        best = m;
                        along = (String) k.get(0);
                    }
                }
            }
            if (best == null) {
                return null;
            }
            Object[] values = new Object[keyAt.length + 1];
            for (int i = 0; i < keyAt.length; i++) {
                values[i] = cells.get(best[0]).get(keyAt[i]);
            }
            values[keyAt.length] = along;
            return RowFactory.create(values);
        }

        private long value(Row cell) {
            return cell.getLong(valueAt);
        }

        private String keyText(Row cell) {
            StringBuilder b = new StringBuilder();
            for (int i : keyAt) {
                b.append(cell.get(i)).append('|');
            }
            return b.toString();
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** The nonzero rows of the reduced row echelon form modulo P. */
        private static List<long[]> reduce(List<long[]> rows, int columns) {
            List<long[]> m = new ArrayList<>(rows);
            int pivotRow = 0;
            for (int c = 0; c < columns && pivotRow < m.size(); c++) {
                int found = -1;
                for (int r = pivotRow; r < m.size() && found < 0; r++) {
                    if (m.get(r)[c] != 0) {
                        found = r;
                    }
                }
                if (found < 0) {
                    continue;
                }
                long[] pivot = m.get(found);
                m.set(found, m.get(pivotRow));
                m.set(pivotRow, pivot);
                long inverse = java.math.BigInteger.valueOf(pivot[c]).modInverse(java.math.BigInteger.valueOf(P)).longValue();
                for (int j = 0; j < columns; j++) {
                    pivot[j] = pivot[j] * inverse % P;
                }
                for (int r = 0; r < m.size(); r++) {
                    long[] other = m.get(r);
                    long f = other[c];
                    if (r != pivotRow && f != 0) {
                        for (int j = 0; j < columns; j++) {
                            other[j] = Math.floorMod(other[j] - f * pivot[j] % P, P);
                        }
                    }
                }
                pivotRow++;
            }
            return m.subList(0, pivotRow);
        }
    }
}
