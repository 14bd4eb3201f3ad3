package nl.opvangmonitor.jobs.ingest;

import nl.opvangmonitor.jobs.testing.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.privacy.PseudonymKey;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest command refuses bad set-ups with one readable line and a non-zero exit code. */
class IngestCommandErrorsTest {
    @TempDir
    Path dir;

    private CliRun ingest(String raw, String... extra) throws IOException {
        Files.writeString(dir.resolve("key"), "errors-test-key-0123456789");
        List<String> args = new ArrayList<>(List.of("ingest", "--raw", raw, "--lake", dir.resolve("lake").toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void withoutAKeyItRefuses() throws IOException {
        assumeTrue(System.getenv(PseudonymKey.ENV_VARIABLE) == null, "the key variable is set in this environment");
        new RawLanding(dir.resolve("raw")).lines("coa_locaties", "2024-01-31", "l.csv", "locatiecode");
        CliRun run = ingest(dir.resolve("raw").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("no pseudonymisation key"), run.err());
        assertFalse(Files.exists(dir.resolve("lake")), "nothing written");
    }

    @Test
    void aMissingRawFolderIsOneLineAndANonZeroExit() throws IOException {
        CliRun run = ingest(dir.resolve("no-such-raw").toString(), "--key-file", dir.resolve("key").toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("raw folder not found: " + dir.resolve("no-such-raw")), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void anUnknownSourceFolderIsAnErrorNamingIt() throws IOException {
        new RawLanding(dir.resolve("raw")).lines("coa_bewoners", "2024-01-31", "b.csv", "vnummer");
        CliRun run = ingest(dir.resolve("raw").toString(), "--key-file", dir.resolve("key").toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("unknown source folder in the raw root: coa_bewoners"), run.err());
    }

    @Test
    void aLockedLakeIsRefusedNamingTheHolder() throws IOException {
        new RawLanding(dir.resolve("raw")).lines("coa_locaties", "2024-01-31", "l.csv", "locatiecode");
        try (LakeLock held = LakeLock.acquire(dir.resolve("lake").toString(), "another-job", "run-x", 0)) {
            CliRun run = ingest(dir.resolve("raw").toString(), "--key-file", dir.resolve("key").toString());
            assertEquals(ExitCodes.LAKE_LOCKED, run.exitCode());
            assertEquals(1, run.errorLines(), run.err());
            assertTrue(run.err().contains("another-job"), run.err());
            assertFalse(Files.exists(dir.resolve("lake").resolve("ops")), "nothing written");
        }
    }

    @Test
    void aDeliveryFolderThatIsNotADateIsAnErrorNamingIt() throws IOException {
        new RawLanding(dir.resolve("raw")).lines("coa_bewoning", "31-01-2024", "b.csv", "vnummer");
        CliRun run = ingest(dir.resolve("raw").toString(), "--key-file", dir.resolve("key").toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("delivery folder is not a yyyy-MM-dd date: coa_bewoning/31-01-2024"), run.err());
    }
}
