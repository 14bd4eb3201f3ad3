package nl.opvangmonitor.jobs.reliability;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.tables.Tables;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Double runs and idempotency: two pipeline processes started at once on one lake end as one run
 * (the second waits for the lake lock, then runs on unchanged input and makes no new version of any
 * table: the shared {@link ReferenceRun} is such a pair), and a run that finds the lock held refuses
 * with exit 5 naming the holder.
 */
class DoubleRunTest {
    @TempDir
    Path dir;

    @Test
    void twoPipelinesStartedTogetherEndAsOneRun() throws Exception {
        ReferenceRun reference = ReferenceRun.get();
        assertTrue(reference.worker.err().contains("[publish] publish."), "the worker ran every step");
        assertFalse(reference.waiter.err().lines().anyMatch(ReferenceRun::ingestedALocation),
                "the waiting run found nothing new to ingest:\n" + reference.waiter.err());
        assertTrue(reference.waiter.err().contains("[pipeline] 4/5 publish"), "the waiting run went through every step");
        assertFalse(Files.exists(reference.lake.resolve(LakeLock.FILE)));
        assertEquals(Map.of(), commitsByLaterRuns(reference.lake), "the second run, on unchanged input, made no new version");
    }

    /** Per table, the commits of runs other than the one that ingested (the waiting run's commits). */
    private static Map<String, Long> commitsByLaterRuns(Path root) {
        Lake lake = LakeContent.lake(root);
        String firstRun = lake.read(OpsTables.DELIVERIES).select("run_id").distinct().head().getString(0);
        Map<String, Long> commits = new TreeMap<>();
        for (TableDef table : Tables.all()) {
            if (lake.exists(table)) {
                long later = lake.delta(table).history().filter(not(col("userMetadata").eqNullSafe(firstRun))).count();
                System.out.println("idempotency: " + table.qualifiedName() + " new versions by the second run: " + later);
                if (later > 0) {
                    commits.put(table.qualifiedName(), later);
                }
            }
        }
        return commits;
    }

    @Test
    void aRunThatFindsTheLakeLockedRefusesNamingTheHolder() throws Exception {
        Path raw = dir.resolve("raw");
        Files.createDirectories(raw);
        Path lake = dir.resolve("lake");
        try (LakeLock held = LakeLock.acquire(lake.toString(), "holder-job", "run-h", 0)) {
            CliRun refused = CliRun.of("pipeline", "--raw", raw.toString(), "--lake", lake.toString(), "--demo",
                    "--lock-wait", "1");
            assertEquals(ExitCodes.LAKE_LOCKED, refused.exitCode(), refused.err());
            assertEquals(1, refused.errorLines(), refused.err());
            assertTrue(refused.err().contains("job=holder-job run=run-h"), refused.err());
            assertTrue(refused.err().contains("pid=" + ProcessHandle.current().pid()), refused.err());
        }
    }

    @Test
    void everyWritingStepRunAloneRefusesALockedLake() throws Exception {
        Path lake = dir.resolve("lake");
        try (LakeLock held = LakeLock.acquire(lake.toString(), "holder-job", "run-h", 0)) {
            for (String step : List.of("conform", "metrics", "publish")) {
                CliRun refused = CliRun.of(step, "--lake", lake.toString());
                assertEquals(ExitCodes.LAKE_LOCKED, refused.exitCode(), step + ": " + refused.err());
                assertEquals(1, refused.errorLines(), refused.err());
                assertTrue(refused.err().contains("job=holder-job run=run-h"), refused.err());
            }
        }
    }
}
