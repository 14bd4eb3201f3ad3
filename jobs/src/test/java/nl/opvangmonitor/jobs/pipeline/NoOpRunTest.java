package nl.opvangmonitor.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import nl.opvangmonitor.jobs.testing.GeneratedLake;
import org.junit.jupiter.api.Test;

/**
 * A pipeline run with nothing new (issue 22): the same command again on the shared generated lake stops after
 * comparing the run marker, says so in one line, exits 0 and leaves every table at its version.
 */
class NoOpRunTest {
    @Test
    void theSameRunAgainOnAnUnchangedLakeDoesNothing() {
        GeneratedLake generated = GeneratedLake.get();
        String lake = generated.lake.toString();
        RunMarker before = RunMarker.last(lake)
                .orElseThrow(() -> new AssertionError("the pipeline left no run marker"));
        CliRun again = CliRun.of("pipeline", "--raw", generated.rawDir.toString(), "--lake", lake, "--demo",
                "--exports", generated.exports.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(again.out().contains("pipeline: nothing to do"), again.out());
        assertFalse(again.err().contains("[pipeline] 1/5"), "no step ran:\n" + again.err());
        assertEquals(before.tables(), RunMarker.last(lake).orElseThrow().tables());
    }
}
