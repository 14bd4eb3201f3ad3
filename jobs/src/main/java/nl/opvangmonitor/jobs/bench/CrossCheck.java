package nl.opvangmonitor.jobs.bench;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
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

    /** The outcome for one table: rows on each side and the differences (the first few described). */
    record Result(String table, long sparkRows, long peerRows, long differences, List<String> examples) {
        boolean agrees() {
            return differences == 0;
        }
    }

    private CrossCheck() {
    }

    /** Compares {@code peer} with the same table in {@code lake}. */
    static Result compare(PeerTable peer, Lake lake) {
        TableDef def = peer.table();
        List<List<Object>> spark = lake.read(def).select(def.columnNames().stream().map(functions::col)
                .toArray(Column[]::new)).collectAsList().stream().map(CrossCheck::values).toList();
        return compare(def, spark, peer.rows());
    }

    /** Compares two row lists of {@code def} (values in its column order). */
    static Result compare(TableDef def, List<List<Object>> spark, List<List<Object>> peer) {
        List<Integer> keyIndexes = def.keys().stream().map(def.columnNames()::indexOf).toList();
        Map<List<Object>, List<Object>> peerByKey = new HashMap<>();
        peer.forEach(r -> peerByKey.put(key(r, keyIndexes), r));
        List<String> examples = new ArrayList<>();
        long differences = 0;
        TreeSet<String> unmatchedPeer = new TreeSet<>();
        peerByKey.keySet().forEach(k -> unmatchedPeer.add(k.toString()));
        for (List<Object> s : spark) {
            List<Object> key = key(s, keyIndexes);
            List<Object> p = peerByKey.get(key);
            unmatchedPeer.remove(key.toString());
            String difference = p == null ? "only in Spark" : difference(def, s, p);
            if (difference != null) {
                differences++;
                note(examples, def.qualifiedName() + " " + key + ": " + difference);
            }
        }
        for (String key : unmatchedPeer) {
            differences++;
            note(examples, def.qualifiedName() + " " + key + ": only in DuckDB");
        }
        return new Result(def.qualifiedName(), spark.size(), peer.size(), differences, List.copyOf(examples));
    }

    private static void note(List<String> examples, String what) {
        if (examples.size() < SHOWN) {
            examples.add(what);
        }
    }

    /** The first column whose values differ, described, or null when the rows agree. */
    private static String difference(TableDef def, List<Object> spark, List<Object> peer) {
        for (int i = 0; i < spark.size(); i++) {
            if (!same(spark.get(i), peer.get(i))) {
                return def.columnNames().get(i) + " Spark " + spark.get(i) + " DuckDB " + peer.get(i);
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
