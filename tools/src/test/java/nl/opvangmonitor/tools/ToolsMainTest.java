package nl.opvangmonitor.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.opvangmonitor.common.testing.CapturedOutput;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.cli.Main;
import org.junit.jupiter.api.Test;

/** bin/opvangmonitor's command line: the jobs' commands and the tools' (generate, demo, bench), each described. */
class ToolsMainTest {
    @Test
    void helpListsTheJobsAndTheToolsWithAWholeSentence() {
        CapturedOutput help = ToolsRun.of("--help");
        assertEquals(ExitCodes.OK, help.exitCode());
        String listed = help.out().replaceAll("\\s+", " "); // picocli wraps the command list
        assertTrue(listed.contains("generate Writes synthetic raw deliveries of all seven sources, as data-contract.md "
                + "describes them. "), help.out());
        assertTrue(listed.contains("against a bare Spark scan and a DuckDB peer. "), help.out());
        assertTrue(listed.contains("demo Generate the national data set"), help.out());
        ToolsMain.commandLine().getSubcommands().forEach((name, command) -> {
            String first = command.getCommandSpec().usageMessage().description()[0];
            assertTrue(first.endsWith("."), name + "'s first description line is cut: " + first);
        });
        assertTrue(ToolsMain.commandLine().getSubcommands().keySet()
                .containsAll(Main.commandLine().getSubcommands().keySet()), "every job's command is there too");
    }

    @Test
    void aToolsUsageErrorIsOneLineWithTheJobsExitCode() {
        CapturedOutput run = ToolsRun.of("generate", "--persons", "0", "--out", "x");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("opvangmonitor: usage error: --persons must be between 1 and"), run.err());
    }
}
