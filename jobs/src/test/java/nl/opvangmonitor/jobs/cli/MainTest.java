package nl.opvangmonitor.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line's contract with schedulers: help, usage errors and their exit codes. */
class MainTest {
    @Test
    void helpExitsZeroAndListsTheExitCodes() {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        assertEquals(ExitCodes.OK, cli.execute("--help"));
        assertTrue(out.toString().contains("row accounting broken"), out.toString());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(ExitCodes.USAGE, cli.execute("--no-such-option"));
    }
}
