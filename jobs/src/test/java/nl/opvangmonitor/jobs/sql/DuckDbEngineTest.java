package nl.opvangmonitor.jobs.sql;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.delta.kernel.defaults.engine.DefaultEngine;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.LakeRoot;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.Frames;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.testing.GeneratedLake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DuckDB engine reads what Spark reads, table for table, and any earlier version through Delta Kernel. */
class DuckDbEngineTest {
    @TempDir
    Path dir;

    @Test
    void everyPublishTableOfAGeneratedLakeHasTheRowsSparkReads() {
        String root = GeneratedLake.get().lake.toString();
        Lake lake = new Lake(SharedSpark.spark(), root, "duckdb-engine-test");
        SparkEngine spark = new SparkEngine(lake, t -> t.layer() == Layer.PUBLISH);
        try (DuckDbEngine duckDb = new DuckDbEngine(root, t -> t.layer() == Layer.PUBLISH,
                DeltaSnapshot.Choice.latest())) {
            assertEquals(PublishTables.all().size(), duckDb.registered().size(), "every publish table");
            for (TableDef table : duckDb.registered()) {
                String query = "SELECT * FROM " + table.qualifiedName();
                List<String> bySpark = sortedRows(spark.run(query).result());
                assertEquals(bySpark, sortedRows(duckDb.run(query).result()), table.qualifiedName());
                assertEquals(lake.read(table).count(), bySpark.size(), table.qualifiedName());
            }
        }
    }

    @Test
    void anEarlierVersionReadsBackExactly() throws InterruptedException {
        Lake lake = new Lake(SharedSpark.spark(), dir.toString(), "duckdb-engine-test");
        TableDef table = PublishTables.of(GoldTables.MUNICIPALITY_MONTHLY);
        lake.overwrite(table, Frames.frame(table.schema(),
                row(d("2026-01-31"), "ALL", 125L, 7L, 3L, false, false, List.of())));
        Thread.sleep(1100); // the log's commit times have a resolution of a second or so
        Instant between = Instant.now();
        lake.overwrite(table, Frames.frame(table.schema(),
                row(d("2026-02-28"), "ALL", 130L, null, 4L, false, true, List.of("arrivals"))));
        String query = "SELECT month_end, school_age_present, hidden_columns FROM " + table.qualifiedName();
        assertEquals(List.of("[2026-02-28, 130, [arrivals]]"), rows(DeltaSnapshot.Choice.latest(), query));
        assertEquals(List.of("[2026-01-31, 125, []]"), rows(new DeltaSnapshot.Choice(Optional.of(0L),
                Optional.empty()), query));
        assertEquals(List.of("[2026-01-31, 125, []]"), rows(new DeltaSnapshot.Choice(Optional.empty(),
                Optional.of(between)), query));
    }

    @Test
    void aTableWithoutDataFilesHasItsTypedColumns() {
        Lake lake = new Lake(SharedSpark.spark(), dir.toString(), "duckdb-engine-test");
        TableDef table = PublishTables.of(GoldTables.MUNICIPALITY_MONTHLY);
        lake.overwrite(table, SharedSpark.spark().createDataFrame(List.of(), table.schema()));
        assertEquals(List.of(), DeltaSnapshot.of(DefaultEngine.create(LakeRoot.configuration()), lake.path(table),
                DeltaSnapshot.Choice.latest()).orElseThrow().files(), "no data file: the view's types come from Delta");
        List<String> described = rows(DeltaSnapshot.Choice.latest(), "SELECT column_name || ' ' || column_type "
                + "FROM (DESCRIBE " + table.qualifiedName() + ")");
        assertTrue(described.containsAll(List.of("[month_end DATE]", "[school_age_present BIGINT]",
                "[hidden_columns VARCHAR[]]", "[suppressed BOOLEAN]")), described.toString());
        assertEquals(List.of("[0]"), rows(DeltaSnapshot.Choice.latest(), "SELECT count(*) FROM "
                + table.qualifiedName()));
    }

    private List<String> rows(DeltaSnapshot.Choice choice, String query) {
        try (DuckDbEngine duckDb = new DuckDbEngine(dir.toString(), t -> t.layer() == Layer.PUBLISH, choice)) {
            return sortedRows(duckDb.run(query).result());
        }
    }

    private static List<String> sortedRows(QueryResult result) {
        List<String> rows = new ArrayList<>();
        for (Iterator<List<Object>> it = result.rows(); it.hasNext(); ) {
            rows.add(it.next().toString());
        }
        rows.sort(null);
        return rows;
    }
}
