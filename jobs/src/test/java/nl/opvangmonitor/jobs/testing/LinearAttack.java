package nl.opvangmonitor.jobs.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.TableColumn;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A stronger attacker than {@link RecoveryAttack}: it takes all line equations of one time value
 * together and finds the hidden counts they determine exactly (a unit vector in the row space of
 * the system, by elimination modulo a large prime). Catches what one line at a time cannot, such as
 * two closed groups of hidden cells joined by a single cell. For measurement and tests on small tables.
 */
public final class LinearAttack {
    private static final long P = 2147483647L; // 2^31 - 1, prime: products fit in a long

    private LinearAttack() {
    }

    /** The hidden cells ("row key/count") that the table's equations determine. */
    public static List<String> determined(Dataset<Row> published, TableDef table) {
        List<String> rowKey = new ArrayList<>(table.columnsWithRole(ColumnRole.TIME));
        List<String> dims = table.columnsWithRole(ColumnRole.DIMENSION);
        rowKey.addAll(dims);
        Map<Object, List<Row>> byTime = new HashMap<>();
        for (Row r : published.collectAsList()) {
            byTime.computeIfAbsent(r.get(r.fieldIndex(rowKey.get(0))), t -> new ArrayList<>()).add(r);
        }
        List<String> found = new ArrayList<>();
        for (List<Row> rows : byTime.values()) {
            found.addAll(determinedIn(rows, table, rowKey, dims));
        }
        return found;
    }

    private static List<String> determinedIn(List<Row> rows, TableDef table, List<String> rowKey, List<String> dims) {
        Map<String, Integer> unknown = new LinkedHashMap<>();
        Map<String, List<String[]>> lines = new HashMap<>(); // line -> (cell, role)
        for (Row r : rows) {
            List<Object> key = rowKey.stream().map(c -> (Object) r.get(r.fieldIndex(c))).toList();
            for (String count : table.columnsWithRole(ColumnRole.COUNT)) {
                String cell = key + "/" + count;
                if (r.isNullAt(r.fieldIndex(count))) {
                    unknown.putIfAbsent(cell, unknown.size());
                }
                for (String dim : dims) {
                    int at = rowKey.indexOf(dim);
                    List<Object> free = new ArrayList<>(key);
                    free.set(at, "*");
                    String role = GoldTables.ALL.equals(key.get(at)) ? "total" : "part";
                    lines.computeIfAbsent(dim + free + count, l -> new ArrayList<>()).add(new String[] {cell, role});
                }
                for (TableColumn c : table.columns()) {
                    if (c.role() == ColumnRole.COUNT && !c.base().isEmpty()
                            && (c.name().equals(count) || c.base().contains(count))) {
                        String role = c.name().equals(count) ? "total" : "part";
                        lines.computeIfAbsent("row" + key + c.name(), l -> new ArrayList<>()).add(new String[] {cell, role});
                    }
                }
            }
        }
        List<long[]> equations = new ArrayList<>();
        for (List<String[]> line : lines.values()) {
            long[] eq = new long[unknown.size()];
            boolean any = false;
            for (String[] member : line) {
                Integer i = unknown.get(member[0]);
                if (i != null) {
                    eq[i] = member[1].equals("total") ? P - 1 : 1;
                    any = true;
                }
            }
            if (any) {
                equations.add(eq);
            }
        }
        List<String> names = new ArrayList<>(unknown.keySet());
        List<String> found = new ArrayList<>();
        for (long[] row : reducedRowEchelon(equations, unknown.size())) {
            int nonzero = 0;
            int at = -1;
            for (int j = 0; j < row.length; j++) {
                if (row[j] != 0) {
                    nonzero++;
                    at = j;
                }
            }
            if (nonzero == 1) {
                found.add(names.get(at));
            }
        }
        return found;
    }

    private static List<long[]> reducedRowEchelon(List<long[]> rows, int columns) {
        List<long[]> m = new ArrayList<>(rows);
        int pivotRow = 0;
        for (int c = 0; c < columns && pivotRow < m.size(); c++) {
            int found = -1;
            for (int r = pivotRow; r < m.size(); r++) {
                if (m.get(r)[c] != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            long[] pivot = m.get(found);
            m.set(found, m.get(pivotRow));
            m.set(pivotRow, pivot);
            long inverse = power(pivot[c], P - 2);
            for (int j = 0; j < columns; j++) {
                pivot[j] = mul(pivot[j], inverse);
            }
            for (int r = 0; r < m.size(); r++) {
                long[] other = m.get(r);
                if (r != pivotRow && other[c] != 0) {
                    long f = other[c];
                    for (int j = 0; j < columns; j++) {
                        other[j] = Math.floorMod(other[j] - mul(f, pivot[j]), P);
                    }
                }
            }
            pivotRow++;
        }
        return m.subList(0, pivotRow);
    }

    private static long mul(long a, long b) {
        return a * b % P;
    }

    private static long power(long base, long exponent) {
        return java.math.BigInteger.valueOf(base).modPow(java.math.BigInteger.valueOf(exponent),
                java.math.BigInteger.valueOf(P)).longValue();
    }
}
