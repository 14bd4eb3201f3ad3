package nl.opvangmonitor.jobs.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code opvangmonitor conform} on the command line: help, usage errors, and a lake without bronze. */
class ConformCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void helpNamesTheFullOption() {
        assertEquals(ExitCodes.OK, run("conform", "--help"));
        assertTrue(out.toString().contains("--full"), out.toString());
    }

    @Test
    void theLakeIsRequired() {
        assertEquals(ExitCodes.USAGE, run("conform"));
        assertTrue(err.toString().contains("--lake"), err.toString());
    }

    @Test
    void aFolderWithoutALakeIsOneReadableError() {
        assertEquals(ExitCodes.FAILURE, run("conform", "--lake", dir.toString()));
        assertEquals("opvangmonitor: error: no lake at " + dir, err.toString().strip());
    }
}
