package nl.opvangmonitor.jobs.metrics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.opvangmonitor.common.privacy.PseudonymKey;
import nl.opvangmonitor.common.privacy.Pseudonymiser;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.cli.Main;
import nl.opvangmonitor.jobs.conform.ConformJob;
import nl.opvangmonitor.jobs.ingest.IngestJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics job on a small generated lake: the as_of tables (headline, location_compliance,
 * kso_pipeline) keep one slice per as_of across runs. (That re-running an as_of replaces its slice
 * is {@code Lake.mergeReplacing}'s, tested in LakeTest.)
 */
class MetricsJobTest {
    private static final List<TableDef> SNAPSHOTS =
            List.of(GoldTables.HEADLINE, GoldTables.LOCATION_COMPLIANCE, GoldTables.KSO_PIPELINE);

    @TempDir
    Path dir;

    @Test
    void snapshotTablesKeepOneSlicePerAsOf() {
        Path raw = dir.resolve("raw");
        assertEquals(ExitCodes.OK, Main.run("generate", "--persons", "60", "--seed", "3", "--from", "2025-10-01",
                "--out", raw.toString()));
        Lake lake = new Lake(SharedSpark.spark(), dir.resolve("lake").toString(), "metrics-job-test");
        new IngestJob(lake, new Pseudonymiser(PseudonymKey.of("metrics-job-test-key"))).run(raw.toString(), null);
        new ConformJob(lake).run(false);

        LocalDate april = LocalDate.of(2026, 4, 30);
        LocalDate june = LocalDate.of(2026, 6, 30);
        MetricsJob.run(lake, april);
        MetricsJob.run(lake, june);

        for (TableDef table : SNAPSHOTS) {
            assertEquals(List.of(april.toString(), june.toString()), lake.read(table).select("as_of").distinct()
                    .orderBy("as_of").collectAsList().stream().map(r -> r.get(0).toString()).toList(),
                    table.qualifiedName());
        }
        assertEquals(1, lake.read(GoldTables.HEADLINE).where(col("as_of").equalTo(june.toString())).count());
    }
}
