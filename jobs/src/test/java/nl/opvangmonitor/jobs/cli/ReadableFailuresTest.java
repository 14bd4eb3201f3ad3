package nl.opvangmonitor.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smaller things a person running the jobs by hand or from a scheduler reads: help, usage errors, key files, output. */
class ReadableFailuresTest {
    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommandWithAWholeSentence() {
        CliRun help = CliRun.of("--help");
        assertEquals(ExitCodes.OK, help.exitCode());
        String listed = help.out().replaceAll("\\s+", " "); // picocli wraps the command list
        assertTrue(listed.contains("pipeline "), help.out());
        assertFalse(listed.contains("generate ") || listed.contains("bench ") || listed.contains("demo "),
                "the job jar's command line has no tools: " + help.out());
        Main.commandLine().getSubcommands().forEach((name, command) -> {
            String first = command.getCommandSpec().usageMessage().description()[0];
            assertTrue(first.endsWith("."), name + "'s first description line is cut: " + first);
        });
    }

    @Test
    void aBadDateIsOneUsageLine() {
        CliRun run = CliRun.of("metrics", "--lake", dir.toString(), "--as-of", "2024-13-45");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("opvangmonitor: usage error: Invalid value for option '--as-of': '2024-13-45' is "
                + "not a date of the form yyyy-MM-dd (see opvangmonitor metrics --help)"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aMissingKeyFileIsNamedOnceWithTheReason() {
        Path key = dir.resolve("no-such-key");
        CliRun run = CliRun.of("ingest", "--raw", dir.toString(), "--lake", dir.resolve("lake").toString(),
                "--key-file", key.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals("opvangmonitor: error: cannot read the key file " + key + ": no such file", run.err().strip());
    }

    @Test
    void aVerboseRunShowsItsStackTraceAndLeavesTheNextRunInTheSameJvmQuiet() {
        List<String> args = List.of("ingest", "--raw", dir.toString(), "--lake", dir.resolve("lake").toString(),
                "--key-file", dir.resolve("no-such-key").toString());
        List<String> verboseArgs = new java.util.ArrayList<>(args);
        verboseArgs.add("--verbose");
        CliRun verbose = CliRun.of(verboseArgs.toArray(String[]::new));
        assertTrue(verbose.err().contains("\tat "), "a stack trace:\n" + verbose.err());
        CliRun quiet = CliRun.of(args.toArray(String[]::new));
        assertEquals(1, quiet.err().lines().count(), quiet.err());
    }

    @Test
    void sqlPrintsNoPromptsWhenStatementsArePipedIn() {
        new Lake(SharedSpark.spark(), dir.resolve("lake").toString(), "t").ensure(OpsTables.DELIVERIES);
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("select 42 as n;\n".getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("sql", "--lake", dir.resolve("lake").toString(), "--format", "csv");
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            assertEquals(List.of("n", "42"), run.out().lines().toList());
            assertFalse(run.err().contains("sql>"), run.err());
        } finally {
            System.setIn(stdin);
        }
    }
}
