package nl.opvangmonitor.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.opvangmonitor.common.testing.CapturedOutput;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.runtime.Console;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code opvangmonitor generate} on the command line: a run, and its usage errors and failures. */
class GenerateCommandTest {
    @Test
    void aRunWritesTheLandingZone(@TempDir Path out) {
        assertEquals(ExitCodes.OK, run("generate", "--persons", "40", "--seed", "3", "--from", "2025-01-01",
                "--to", "2025-02-28", "--out", out.toString()));
        assertTrue(Files.exists(out.resolve("coa_bewoning/2025-02-28/coa_bewoning.csv")));
        assertTrue(Files.exists(out.resolve("_manifest/defects.csv")));
        assertTrue(Files.exists(out.resolve("_manifest/parameters.txt")));
    }

    @Test
    void aFolderWithFilesIsRefused(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("something.csv"), "x");
        assertEquals(ExitCodes.FAILURE, run("generate", "--persons", "10", "--out", out.toString()));
    }

    @Test
    void wrongOptionsAreUsageErrors(@TempDir Path out) {
        String dir = out.resolve("raw").toString();
        assertEquals(ExitCodes.USAGE, run("generate", "--scale", "huge", "--out", dir));
        assertEquals(ExitCodes.USAGE, run("generate", "--persons", "0", "--out", dir));
        assertEquals(ExitCodes.USAGE, run("generate", "--defect-rate", "0.9", "--out", dir));
        assertEquals(ExitCodes.USAGE, run("generate", "--from", "2026-01-01", "--to", "2025-01-01", "--out", dir));
        assertEquals(ExitCodes.USAGE, run("generate", "--from", "01-01-2026", "--out", dir));
        assertEquals(ExitCodes.USAGE, run("generate", "--persons", "10"));
    }

    @Test
    void theProbeWritesNothing(@TempDir Path out) throws IOException {
        assertEquals(ExitCodes.OK, run("generate", "--probe", "--persons", "200"));
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void progressIsReportedAtMostOncePerInterval(@TempDir Path out) {
        long start = System.nanoTime();
        CapturedOutput run = ToolsRun.of("generate", "--persons", "60", "--from", "2024-01-01", "--to", "2024-02-29",
                "--out", out.resolve("raw").toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        long lines = run.err().lines().filter(l -> l.contains("persons done")).count();
        assertTrue(lines <= seconds / Console.PROGRESS_INTERVAL.toSeconds(), lines + " lines in " + seconds + " s");
    }

    private static int run(String... args) {
        CommandLine cli = ToolsMain.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        cli.setOut(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }
}
