package nl.opvangmonitor.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A misspelled or missing lake fails loudly (exit 1, "no lake at ...") and is never created by a reader; relative paths work. */
class WrongLakeTest {
    @TempDir
    Path dir;

    private static void assertNoLake(CliRun run, Path lake) {
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.err());
        assertEquals("opvangmonitor: error: no lake at " + lake, run.err().lines()
                .filter(l -> l.startsWith("opvangmonitor:")).findFirst().orElse(run.err()), run.err());
        assertEquals(1, run.errorLines(), run.err());
    }

    @Test
    void everyCommandThatReadsTheLakeRefusesAFolderWithoutOne() throws IOException {
        Path typo = dir.resolve("lak");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        for (Path lake : List.of(typo, empty)) {
            String at = lake.toString();
            for (List<String> args : List.of(
                    List.of("conform", "--lake", at),
                    List.of("metrics", "--lake", at),
                    List.of("publish", "--lake", at),
                    List.of("export", "--lake", at, "--out", dir.resolve("exports").toString()),
                    List.of("report", "--lake", at, "--out", dir.resolve("report.html").toString()),
                    List.of("sql", "--lake", at, "select 1"),
                    List.of("calibrate", "--lake", at))) {
                assertNoLake(CliRun.of(args.toArray(String[]::new)), lake);
            }
        }
        assertFalse(Files.exists(typo), "no reader creates the misspelled folder");
        assertFalse(Files.exists(dir.resolve("exports")) || Files.exists(dir.resolve("report.html")), "nothing written");
    }

    @Test
    void ingestMakesNoLakeWhereTheParentFolderIsMissing() throws IOException {
        Files.writeString(dir.resolve("key"), "wrong-lake-test-key-0123456789");
        Path lake = dir.resolve("no-such-folder").resolve("lake");
        CliRun run = CliRun.of("ingest", "--raw", dir.toString(), "--lake", lake.toString(),
                "--key-file", dir.resolve("key").toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("opvangmonitor: error: no lake at " + lake + ", and no new one is made there"),
                run.err());
        assertFalse(Files.exists(lake.getParent()), "nothing created");
    }

    @Test
    void aRelativeLakePathMeansTheWorkingDirectorysFolderForSql() throws IOException {
        Path lake = dir.resolve("lake");
        new Lake(SharedSpark.spark(), lake.toString(), "wrong-lake-test").ensure(OpsTables.DELIVERIES);
        Path workingDirectory = Path.of("").toAbsolutePath();
        String relative = workingDirectory.relativize(lake).toString();
        assertFalse(Path.of(relative).isAbsolute());

        CliRun run = CliRun.of("sql", "--lake", relative, "--layers", "ops", "--format", "csv",
                "select count(*) as n from ops.deliveries");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(List.of("n", "0"), run.out().lines().toList());
        assertFalse(Files.exists(workingDirectory.resolve("ops")), "no table folder made in the working directory");
    }
}
