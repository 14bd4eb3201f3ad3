package nl.opvangmonitor.jobs.metrics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.testing.GeneratedLake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics job on a copy of the shared generated lake (whose pipeline computed the as_of of its newest
 * delivery, 30 June 2026): the as_of tables (headline, location_compliance, kso_pipeline) keep one slice
 * per as_of across runs. (That re-running an as_of replaces its slice is {@code Lake.mergeReplacing}'s,
 * tested in LakeTest.)
 */
class MetricsJobTest {
    private static final List<TableDef> SNAPSHOTS =
            List.of(GoldTables.HEADLINE, GoldTables.LOCATION_COMPLIANCE, GoldTables.KSO_PIPELINE);

    @TempDir
    Path dir;

    @Test
    void snapshotTablesKeepOneSlicePerAsOf() {
        Path copy = GeneratedLake.get().copyOfLake(dir.resolve("lake"));
        Lake lake = new Lake(SharedSpark.spark(), copy.toString(), "metrics-job-test");
        LocalDate april = LocalDate.of(2026, 4, 30);
        LocalDate june = LocalDate.of(2026, 6, 30);
        assertEquals(List.of(june.toString()), asOfs(lake, GoldTables.HEADLINE), "the pipeline's own as_of");

        MetricsJob.run(lake, april);

        for (TableDef table : SNAPSHOTS) {
            assertEquals(List.of(april.toString(), june.toString()), asOfs(lake, table), table.qualifiedName());
        }
        assertEquals(1, lake.read(GoldTables.HEADLINE).where(col("as_of").equalTo(june.toString())).count());
    }

    private static List<String> asOfs(Lake lake, TableDef table) {
        return lake.read(table).select("as_of").distinct().orderBy("as_of").collectAsList().stream()
                .map(r -> r.get(0).toString()).toList();
    }
}
