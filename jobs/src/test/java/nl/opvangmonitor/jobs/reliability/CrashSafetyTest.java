package nl.opvangmonitor.jobs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crash safety: each step of the pipeline (ingest, conform, metrics, publish), run as its own job on
 * the lake as the reference run's step found it, killed with SIGKILL in its middle (at a progress
 * line of the child's stderr) and then run again, leaves what the uninterrupted reference step left:
 * the same tables, no record twice, every delivery recorded once, and the lock released. The steps
 * are the pipeline's own jobs, so this is the pipeline's crash safety too, without rerunning the
 * steps before the one killed. Only the killed run needs a process of its own; the run after it is
 * the command line in this JVM, on the warm shared session, as {@link RetractionCrashTest}'s is.
 */
class CrashSafetyTest {
    /** Where to kill: the progress line after which the child is inside the step's work. */
    private record KillPoint(String step, Predicate<String> line) {
        @Override
        public String toString() {
            return step;
        }
    }

    static Stream<KillPoint> killPoints() {
        return Stream.of(
                new KillPoint("ingest", ReferenceRun::ingestedALocation),
                new KillPoint("conform", l -> l.startsWith("[conform] silver.persons:")),
                new KillPoint("metrics", l -> l.startsWith("[metrics] silver.moves")),
                new KillPoint("publish", l -> l.startsWith("[publish] publish.")));
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("killPoints")
    void aStepKilledInTheMiddleAndRunAgainEndsAsAnUninterruptedStep(KillPoint point) throws Exception {
        ReferenceRun reference = ReferenceRun.get();
        Path lake = dir.resolve("lake");
        Instant stepStart = reference.stepStart(point.step());
        LakeContent.copyMadeBefore(reference, stepStart, lake);
        String[] args = stepArgs(point.step(), reference.raw, lake);

        PipelineProcess killed = PipelineProcess.start(List.of(), args);
        assertTrue(killed.awaitErrLine(point.line()), "the run reached the middle of " + point.step() + ":\n"
                + killed.err());
        killed.kill();
        assertTrue(Files.readString(lake.resolve(LakeLock.FILE)).contains("pid=" + killed.pid()),
                "the killed run left its lock behind, for the next run to take over");

        List<String> againArgs = new ArrayList<>(List.of(args));
        if (point.step().equals("ingest")) {
            Path key = Files.writeString(dir.resolve("key"), PipelineProcess.KEY);
            againArgs.addAll(List.of("--key-file", key.toString()));
        }
        CliRun again = CliRun.of(againArgs.toArray(String[]::new));
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertFalse(Files.exists(lake.resolve(LakeLock.FILE)), "released at the end");
        LakeContent.assertLikeReferenceStep(lake, reference, stepStart, nextStepStart(reference, point.step()));
    }

    /** The step's own command on the lake; ingest also reads the landing zone (a child's key is in its environment). */
    private static String[] stepArgs(String step, Path raw, Path lake) {
        List<String> args = new ArrayList<>(List.of(step, "--lake", lake.toString()));
        if (step.equals("ingest")) {
            args.addAll(List.of("--raw", raw.toString()));
        }
        return args.toArray(String[]::new);
    }

    /** When the reference run began the step after this one; the end of time after the last. */
    private static Instant nextStepStart(ReferenceRun reference, String step) {
        int next = ReferenceRun.STEPS.indexOf(step) + 1;
        return next < ReferenceRun.STEPS.size() ? reference.stepStart(ReferenceRun.STEPS.get(next)) : Instant.MAX;
    }
}
