package nl.opvangmonitor.jobs.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import nl.opvangmonitor.common.spark.SparkSessions;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command run in the test JVM leaves the shared session's settings as the tests after it expect them. */
class CliRunTest {
    private static final String PARTITIONS = "spark.sql.shuffle.partitions";

    @TempDir
    Path dir;

    @Test
    void aCommandLeavesTheSharedSessionsSettingsAsTheyWere() {
        String original = SharedSpark.spark().conf().get(PARTITIONS);
        // a value the product's local session never asks for (it asks for twice the cores, at least 2)
        SharedSpark.spark().conf().set(PARTITIONS, "3");
        try {
            assertNotEquals("3", String.valueOf(SparkSessions.localShufflePartitions()));
            CliRun run = CliRun.of("conform", "--lake", dir.resolve("no-lake").toString());
            assertEquals(ExitCodes.FAILURE, run.exitCode(), run.err());
            assertEquals("3", SharedSpark.spark().conf().get(PARTITIONS));
        } finally {
            SharedSpark.spark().conf().set(PARTITIONS, original);
        }
    }
}
