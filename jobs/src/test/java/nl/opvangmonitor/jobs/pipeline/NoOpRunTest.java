package nl.opvangmonitor.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import nl.opvangmonitor.jobs.testing.GeneratedLake;
import org.junit.jupiter.api.Test;

/**
 * A pipeline run with nothing new (issue 22): the same command again on the shared generated lake stops at the run
 * marker, says so in one line, exits 0 and leaves every table at its version; so does a run that had to wait for
 * another run's lock, once it holds the lock.
 */
class NoOpRunTest {
    @Test
    void theSameRunAgainOnAnUnchangedLakeDoesNothing() {
        GeneratedLake generated = GeneratedLake.get();
        String lake = generated.lake.toString();
        RunMarker before = RunMarker.last(lake)
                .orElseThrow(() -> new AssertionError("the pipeline left no run marker"));
        CliRun again = CliRun.of(generated.pipelineArgs());
        assertNothingDone(again);
        assertEquals(before.tables(), RunMarker.last(lake).orElseThrow().tables());
    }

    @Test
    void aRunThatWaitedForTheLockFindsNothingToDoOnceItHoldsIt() throws Exception {
        GeneratedLake generated = GeneratedLake.get();
        String lake = generated.lake.toString();
        RunMarker before = RunMarker.last(lake).orElseThrow();
        LakeLock held = LakeLock.acquire(lake, "another-run", "run-other", 0);
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(10_000); // the run waits by then: with the session up it reaches the lock in a second
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            held.close();
        });
        release.start();
        CliRun waited = CliRun.of(generated.pipelineArgs());
        release.join();
        assertNothingDone(waited);
        assertTrue(waited.err().contains("another run holds the lake lock: waiting up to 60 s"),
                "it waited for the other run's lock:\n" + waited.err());
        assertEquals(before.tables(), RunMarker.last(lake).orElseThrow().tables());
    }

    private static void assertNothingDone(CliRun run) {
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("pipeline: nothing to do"), run.out());
        assertFalse(run.err().contains("[pipeline] 1/5"), "no step ran:\n" + run.err());
    }
}
