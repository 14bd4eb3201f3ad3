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
        String before = SharedSpark.spark().conf().get(PARTITIONS);
        // the product's local session asks for twice the cores; the test session has 2
        assertNotEquals(String.valueOf(SparkSessions.localShufflePartitions()), before);
        CliRun run = CliRun.of("conform", "--lake", dir.resolve("no-lake").toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.err());
        assertEquals(before, SharedSpark.spark().conf().get(PARTITIONS));
    }
}
