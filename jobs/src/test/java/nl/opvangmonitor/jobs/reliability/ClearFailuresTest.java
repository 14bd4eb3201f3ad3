package nl.opvangmonitor.jobs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.privacy.PseudonymKey;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import nl.opvangmonitor.jobs.testing.GeneratedRaw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clear failures of the pipeline: a missing raw folder, an unwritable lake, a full disk and a
 * missing key each end with exactly one readable error line and a non-zero exit code, never a stack
 * trace (without --verbose).
 */
class ClearFailuresTest {
    @TempDir
    Path dir;

    private CliRun pipeline(Path raw, Path lake) throws IOException {
        Path key = Files.writeString(dir.resolve("key"), "failures-test-key-0123456789");
        return CliRun.of("pipeline", "--raw", raw.toString(), "--lake", lake.toString(), "--key-file", key.toString());
    }

    private static void assertOneReadableLine(CliRun run, int exitCode, String says) {
        assertEquals(exitCode, run.exitCode(), run.err());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains(says), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose:\n" + run.err());
    }

    @Test
    void aMissingRawFolder() throws IOException {
        Path raw = dir.resolve("no-such-raw");
        assertOneReadableLine(pipeline(raw, dir.resolve("lake")), ExitCodes.FAILURE, "raw folder not found: " + raw);
    }

    @Test
    void aLakeThatCannotBeCreatedSinceItsParentIsAFile() throws IOException {
        Files.createDirectories(dir.resolve("raw"));
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path lake = file.resolve("lake");
        assertOneReadableLine(pipeline(dir.resolve("raw"), lake), ExitCodes.FAILURE, "cannot write to the lake " + lake);
    }

    @Test
    void aReadOnlyLakeFolder() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into a read-only folder");
        Files.createDirectories(dir.resolve("raw"));
        Path lake = Files.createDirectories(dir.resolve("lake"));
        Files.setPosixFilePermissions(lake, PosixFilePermissions.fromString("r-x------"));
        try {
            assertOneReadableLine(pipeline(dir.resolve("raw"), lake), ExitCodes.FAILURE, "permission denied on " + lake);
        } finally {
            Files.setPosixFilePermissions(lake, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aMissingKey() throws IOException {
        assumeTrue(System.getenv(PseudonymKey.ENV_VARIABLE) == null, "the key variable is set in this environment");
        Files.createDirectories(dir.resolve("raw"));
        CliRun run = CliRun.of("pipeline", "--raw", dir.resolve("raw").toString(), "--lake", dir.resolve("lake").toString());
        assertOneReadableLine(run, ExitCodes.USAGE, "no pseudonymisation key");
        assertFalse(Files.exists(dir.resolve("lake")), "nothing written");
    }

    /**
     * A full disk: the lake on a 64 KiB tmpfs, the pipeline in a child JVM so that everything it
     * prints (Spark's own logging included) is seen. Needs permission to mount; skipped without.
     */
    @Test
    void aFullDisk() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String mountSays = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (mount.waitFor() != 0) {
            abort("cannot mount a tmpfs here: " + mountSays.strip());
        }
        try {
            Path raw = dir.resolve("raw");
            GeneratedRaw.write(raw, 30, "2026-07-01", "2026-07-31");
            PipelineProcess run = PipelineProcess.start(List.of(), ReferenceRun.pipelineArgs(raw, disk.resolve("lake")));
            assertEquals(ExitCodes.FAILURE, run.exitCode(), run.err());
            List<String> errors = new ArrayList<>(run.err().lines().filter(l -> l.startsWith("opvangmonitor: error:")).toList());
            assertEquals(1, errors.size(), run.err());
            assertTrue(errors.get(0).contains("No space left on device"), run.err());
            assertTrue(run.err().lines().noneMatch(l -> l.startsWith("\tat ") || l.contains(" ERROR ") || l.contains(" WARN ")),
                    "no stack trace and no Spark log line:\n" + run.err());
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }
}
