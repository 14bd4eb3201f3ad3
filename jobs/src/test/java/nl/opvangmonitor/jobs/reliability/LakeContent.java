package nl.opvangmonitor.jobs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.tables.Tables;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.apache.spark.sql.Row;

/**
 * What a lake holds, table by table, as sorted row texts without the provenance columns (which
 * run wrote a row, when, from which bronze version): two lakes built from the same input by
 * different runs must hold the same content.
 */
final class LakeContent {
    /** Columns that say which run wrote a row, not what it says. */
    static final Set<String> PROVENANCE = Set.of("run_id", "ingested_at", "conformed_at", "bronze_version", "found_at");

    private LakeContent() {
    }

    static Lake lake(Path root) {
        return new Lake(SharedSpark.spark(), root.toString(), "reader");
    }

    /** Every declared table present in the lake, its rows (provenance left out) sorted as text. */
    static Map<String, List<String>> of(Path root) {
        Lake lake = lake(root);
        Map<String, List<String>> content = new TreeMap<>();
        for (TableDef table : Tables.all()) {
            if (lake.exists(table)) {
                content.put(table.qualifiedName(), rows(lake, table));
            }
        }
        return content;
    }

    private static List<String> rows(Lake lake, TableDef table) {
        String[] kept = table.columnNames().stream().filter(c -> !PROVENANCE.contains(c)).toArray(String[]::new);
        List<String> rows = new ArrayList<>();
        for (Row r : lake.read(table).selectExpr(kept).collectAsList()) {
            rows.add(r.toString());
        }
        rows.sort(null);
        return rows;
    }

    /**
     * Asserts a lake ended as the reference run's: the same content in every table, no record twice
     * in bronze or quarantine, and every landed delivery in ops.deliveries exactly once.
     */
    static void assertLikeReference(Path root, ReferenceRun reference) throws java.io.IOException {
        Map<String, List<String>> expected = of(reference.lake);
        Map<String, List<String>> actual = of(root);
        assertEquals(expected.keySet(), actual.keySet(), "the same tables");
        expected.forEach((table, rows) -> assertEquals(rows, actual.get(table), table));
        duplicateRecords(root).forEach((table, n) -> assertEquals(0L, n, table + ": records written twice"));
        List<String> recorded = lake(root).read(OpsTables.DELIVERIES)
                .selectExpr("concat(source, '/', cast(delivery_date AS string))").collectAsList().stream()
                .map(r -> r.getString(0)).sorted().toList();
        assertEquals(reference.landedDeliveries(), recorded, "every delivery recorded exactly once");
    }

    /** Per bronze and quarantine table, the rows that appear more than once by (delivery, file, line). */
    static Map<String, Long> duplicateRecords(Path root) {
        Lake lake = lake(root);
        Map<String, Long> duplicates = new TreeMap<>();
        for (TableDef table : Tables.all()) {
            if (lake.exists(table) && table.columnNames().contains(BronzeTables.LINE_NUMBER)) {
                long extra = lake.read(table)
                        .groupBy(BronzeTables.DELIVERY_DATE, BronzeTables.SOURCE_FILE, BronzeTables.LINE_NUMBER).count()
                        .filter("count > 1").count();
                duplicates.put(table.qualifiedName(), extra);
            }
        }
        return duplicates;
    }
}
