package nl.opvangmonitor.jobs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.tables.Tables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.testing.TestFolders;
import org.apache.spark.sql.Row;

/**
 * What a lake holds, table by table, as sorted row texts without the provenance columns (which
 * run wrote a row, when, from which bronze version): two lakes built from the same input by
 * different runs must hold the same content. Also when each table was made, which tells the
 * tables of one step of the pipeline from those of the steps before it.
 */
final class LakeContent {
    /** Columns that say which run wrote a row, not what it says. */
    static final Set<String> PROVENANCE = Set.of("run_id", "ingested_at", "conformed_at", "bronze_version", "found_at");

    private LakeContent() {
    }

    static Lake lake(Path root) {
        return new Lake(SharedSpark.spark(), root.toString(), "reader");
    }

    /** When each declared table of the lake was made: the time of its first commit (version 0). */
    static Map<TableDef, Instant> creationTimes(Path root) {
        Lake lake = lake(root);
        Map<TableDef, Instant> made = new java.util.LinkedHashMap<>();
        for (TableDef table : Tables.all()) {
            if (lake.exists(table)) {
                made.put(table, lake.delta(table).history().where("version = 0").select("timestamp").head()
                        .getTimestamp(0).toInstant());
            }
        }
        return made;
    }

    /**
     * Copies the tables the reference run made before {@code until} (a step's start) into an empty lake
     * at {@code target}: the lake as that step found it.
     */
    static void copyMadeBefore(ReferenceRun reference, Instant until, Path target) throws IOException {
        Files.createDirectories(target);
        for (TableDef table : reference.madeBetween(Instant.MIN, until)) {
            Path to = target.resolve(table.relativePath());
            Files.createDirectories(to.getParent());
            TestFolders.copy(reference.lake.resolve(table.relativePath()), to);
        }
    }

    /** The table's rows, provenance left out, sorted as text. */
    static List<String> rows(Lake lake, TableDef table) {
        String[] kept = table.columnNames().stream().filter(c -> !PROVENANCE.contains(c)).toArray(String[]::new);
        List<String> rows = new ArrayList<>();
        for (Row r : lake.read(table).selectExpr(kept).collectAsList()) {
            rows.add(r.toString());
        }
        rows.sort(null);
        return rows;
    }

    /**
     * Asserts a lake on which one step of the pipeline ran ended as the reference run's step left it:
     * the tables the reference made before the step's end and no other; those the step made (from
     * {@code from} to {@code until}) with the reference's content and no record twice in bronze or
     * quarantine; those made before it untouched (their version is the copied one); and every landed
     * delivery in ops.deliveries exactly once.
     */
    static void assertLikeReferenceStep(Path root, ReferenceRun reference, Instant from, Instant until)
            throws IOException {
        Lake lake = lake(root);
        Lake expected = lake(reference.lake);
        List<TableDef> present = Tables.all().stream().filter(lake::exists).toList();
        assertEquals(names(reference.madeBetween(Instant.MIN, until)), names(present), "the same tables");
        for (TableDef table : reference.madeBetween(Instant.MIN, from)) {
            assertEquals(expected.version(table), lake.version(table), table.qualifiedName() + " untouched");
        }
        for (TableDef table : reference.madeBetween(from, until)) {
            assertEquals(reference.rows(table), rows(lake, table), table.qualifiedName());
            if (table.columnNames().contains(BronzeTables.LINE_NUMBER)) {
                assertEquals(0L, duplicateRecords(lake, table), table.qualifiedName() + ": records written twice");
            }
        }
        List<String> recorded = lake.read(OpsTables.DELIVERIES)
                .selectExpr("concat(source, '/', cast(delivery_date AS string))").collectAsList().stream()
                .map(r -> r.getString(0)).sorted().toList();
        assertEquals(reference.landedDeliveries(), recorded, "every delivery recorded exactly once");
    }

    private static List<String> names(List<TableDef> tables) {
        return tables.stream().map(TableDef::qualifiedName).sorted().toList();
    }

    /** The rows of a bronze or quarantine table that appear more than once by (delivery, file, line). */
    private static long duplicateRecords(Lake lake, TableDef table) {
        return lake.read(table).groupBy(BronzeTables.DELIVERY_DATE, BronzeTables.SOURCE_FILE, BronzeTables.LINE_NUMBER)
                .count().filter("count > 1").count();
    }
}
