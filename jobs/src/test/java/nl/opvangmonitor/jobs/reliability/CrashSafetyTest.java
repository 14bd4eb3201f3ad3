package nl.opvangmonitor.jobs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a pipeline process killed with SIGKILL during ingest, conform, metrics and publish
 * (one kill per run, each at a progress line of the child's stderr), then run to the end, leaves
 * the lake an uninterrupted run leaves: the same tables, no record twice, every delivery recorded once.
 */
class CrashSafetyTest {
    /** Where to kill: the progress line after which the child is inside the named step. */
    private record KillPoint(String step, Predicate<String> line) {
    }

    private static final List<KillPoint> KILL_POINTS = List.of(
            new KillPoint("ingest, between two sources", l -> l.startsWith("[ingest] coa_locaties:")),
            new KillPoint("conform, between two silver tables", l -> l.startsWith("[conform] silver.persons:")),
            new KillPoint("metrics, between two facts", l -> l.startsWith("[metrics] silver.moves")),
            new KillPoint("publish, between two tables", l -> l.startsWith("[publish] publish.")));

    @TempDir
    Path dir;

    @Test
    void aPipelineKilledInEveryStepAndRunAgainEndsAsAnUninterruptedRun() throws Exception {
        ReferenceRun reference = ReferenceRun.get();
        Path lake = dir.resolve("lake");
        for (KillPoint point : KILL_POINTS) {
            PipelineProcess run = PipelineProcess.start(List.of(), ReferenceRun.pipelineArgs(reference.raw, lake));
            assertTrue(run.awaitErrLine(point.line()), "the run reached " + point.step() + ":\n" + run.err());
            run.kill();
            assertTrue(Files.readString(lake.resolve(LakeLock.FILE)).contains("pid=" + run.pid()),
                    "the killed run left its lock behind, for the next run to take over");
        }
        PipelineProcess last = PipelineProcess.start(List.of(), ReferenceRun.pipelineArgs(reference.raw, lake));
        assertEquals(ExitCodes.OK, last.exitCode(), last.err());
        assertFalse(Files.exists(lake.resolve(LakeLock.FILE)), "released at the end");
        LakeContent.assertLikeReference(lake, reference);
    }
}
