package nl.opvangmonitor.tools.bench;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Compares a gold table of the DuckDB peer with the Spark pipeline's, row by row by key: the same keys
 * on both sides and every value equal (doubles within a relative 1e-9, as quantiles may differ in the
 * last bits). Any difference is a bug in one of the two.
 */
final class CrossCheck {
    static final double RELATIVE_TOLERANCE = 1e-9;
    /** How many differences a result names; the rest are only counted. */
    private static final int SHOWN = 5;

    /**
     * The outcome for one table: rows on each side and the differences (the first few described); a key
     * twice on one side is a difference, so the two agree only with the same rows.
     */
    record Result(String table, long sparkRows, long peerRows, long differences, List<String> examples) {
        boolean agrees() {
            return differences == 0 && sparkRows == peerRows;
        }
    }

    private CrossCheck() {
    }

    /**
     * The columns the peer computes and the check compares: all but the plain flags (a month's
     * {@code provisional}), which are calendar rules of the job, not figures.
     */
    static List<String> compared(TableDef def) {
        return def.columns().stream().filter(c -> c.role() != nl.opvangmonitor.common.tables.ColumnRole.PLAIN)
                .map(nl.opvangmonitor.common.tables.TableColumn::name).toList();
    }

    /** Compares {@code peer} with the same table in {@code lake}. */
    static Result compare(PeerTable peer, Lake lake) {
        TableDef def = peer.table();
        List<List<Object>> spark = lake.read(def).select(compared(def).stream().map(functions::col)
                .toArray(Column[]::new)).collectAsList().stream().map(CrossCheck::values).toList();
        return compare(def, spark, peer.rows());
    }

    /** Compares two row lists of {@code def} (values in its column order). */
    static Result compare(TableDef def, List<List<Object>> spark, List<List<Object>> peer) {
        List<Integer> keyIndexes = def.keys().stream().map(compared(def)::indexOf).toList();
        List<String> found = new ArrayList<>();
        Map<List<Object>, List<Object>> peerByKey = new HashMap<>();
        for (List<Object> p : peer) {
            if (peerByKey.put(key(p, keyIndexes), p) != null) {
                found.add(key(p, keyIndexes) + ": key twice in DuckDB");
            }
        }
        Set<List<Object>> seenInSpark = new HashSet<>();
        for (List<Object> s : spark) {
            List<Object> key = key(s, keyIndexes);
            List<Object> p = peerByKey.get(key);
            String difference = !seenInSpark.add(key) ? "key twice in Spark"
                    : p == null ? "only in Spark" : difference(def, s, p);
            if (difference != null) {
                found.add(key + ": " + difference);
            }
        }
        peerByKey.keySet().stream().filter(k -> !seenInSpark.contains(k)).forEach(k -> found.add(k + ": only in DuckDB"));
        List<String> examples = found.stream().sorted().limit(SHOWN).map(f -> def.qualifiedName() + " " + f).toList();
        return new Result(def.qualifiedName(), spark.size(), peer.size(), found.size(), examples);
    }

    /** The first column whose values differ, described, or null when the rows agree. */
    private static String difference(TableDef def, List<Object> spark, List<Object> peer) {
        for (int i = 0; i < spark.size(); i++) {
            if (!same(spark.get(i), peer.get(i))) {
                return compared(def).get(i) + " Spark " + spark.get(i) + " DuckDB " + peer.get(i);
            }
        }
        return null;
    }

    static boolean same(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x.equals(y) || Math.abs(x - y) <= RELATIVE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
        }
        return Objects.equals(a, b);
    }

    private static List<Object> key(List<Object> row, List<Integer> keyIndexes) {
        return keyIndexes.stream().map(row::get).toList();
    }

    /** A Spark row as the peer's values: dates as LocalDate, integers as Long. */
    private static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            Object v = row.get(i);
            values.add(v instanceof Date d ? d.toLocalDate() : v instanceof Integer n ? Long.valueOf(n) : v);
        }
        return values;
    }
}
