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
 * The attacker of privacy.md, written apart from the publish code so it shares none of its bugs:
 * from a published table alone it solves every line (a total and its parts: along each dimension,
 * with the {@code ALL} row as total, and along each declared row total) that has exactly one
 * unknown (null) count, then feeds what it recovered into the other lines until nothing changes.
 * Any recovery is a disclosure. Reusable over every publish table.
 */
public final class RecoveryAttack {
    private RecoveryAttack() {
    }

    /** A count recovered from a published table: which cell, its value, and the line that gave it away. */
    public record Recovery(List<Object> row, String count, long value, String line) {
    }

    /** Attacks a published table (collected to the test JVM: publish tables are small). */
    public static List<Recovery> attack(Dataset<Row> published, TableDef table) {
        return attack(published.collectAsList(), table);
    }

    /** Attacks published rows of the given table declaration (gold or publish: only roles are used). */
    public static List<Recovery> attack(List<Row> published, TableDef table) {
        List<String> rowKey = new ArrayList<>(table.columnsWithRole(ColumnRole.TIME));
        List<String> dims = table.columnsWithRole(ColumnRole.DIMENSION);
        rowKey.addAll(dims);
        Map<Cell, Long> known = new HashMap<>();
        Map<Line, LineCells> lines = new LinkedHashMap<>();
        for (Row row : published) {
            List<Object> key = rowKey.stream().map(c -> (Object) row.get(row.fieldIndex(c))).toList();
            for (String count : table.columnsWithRole(ColumnRole.COUNT)) {
                Object v = row.get(row.fieldIndex(count));
                Cell cell = new Cell(key, count);
                known.put(cell, v == null ? null : ((Number) v).longValue());
                addToLines(cell, table, rowKey, dims, lines);
            }
        }
        List<Recovery> recovered = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map.Entry<Line, LineCells> e : lines.entrySet()) {
                Recovery r = solve(e.getKey(), e.getValue(), known);
                if (r != null) {
                    recovered.add(r);
                    known.put(new Cell(r.row(), r.count()), r.value());
                    progress = true;
                }
            }
        }
        return recovered;
    }

    private static void addToLines(Cell cell, TableDef table, List<String> rowKey, List<String> dims,
                                   Map<Line, LineCells> lines) {
        for (String dim : dims) {
            int at = rowKey.indexOf(dim);
            List<Object> free = new ArrayList<>(cell.row());
            free.set(at, "*");
            LineCells line = lines.computeIfAbsent(new Line("along " + dim, free, cell.count()), l -> new LineCells());
            line.add(cell, GoldTables.ALL.equals(cell.row().get(at)));
        }
        for (TableColumn c : table.columns()) {
            if (c.role() == ColumnRole.COUNT && !c.base().isEmpty()
                    && (c.name().equals(cell.count()) || c.base().contains(cell.count()))) {
                LineCells line = lines.computeIfAbsent(new Line("row total " + c.name(), cell.row(), c.name()),
                        l -> new LineCells());
                line.add(cell, c.name().equals(cell.count()));
            }
        }
    }

    private static Recovery solve(Line line, LineCells cells, Map<Cell, Long> known) {
        if (cells.total == null || cells.parts.isEmpty()) {
            return null;
        }
        List<Cell> unknown = new ArrayList<>();
        long partSum = 0;
        for (Cell part : cells.parts) {
            Long v = known.get(part);
            if (v == null) {
                unknown.add(part);
            } else {
                partSum += v;
            }
        }
        Long total = known.get(cells.total);
        if (total == null) {
            unknown.add(cells.total);
        }
        if (unknown.size() != 1) {
            return null;
        }
        Cell target = unknown.get(0);
        long value = target.equals(cells.total) ? partSum : total - partSum;
        return new Recovery(target.row(), target.count(), value, line.axis() + " " + line.key());
    }

    private record Cell(List<Object> row, String count) {
    }

    private record Line(String axis, List<Object> key, String count) {
    }

    private static final class LineCells {
        private Cell total;
        private final List<Cell> parts = new ArrayList<>();

        void add(Cell cell, boolean isTotal) {
            if (isTotal) {
                total = cell;
            } else {
                parts.add(cell);
            }
        }
    }
}
