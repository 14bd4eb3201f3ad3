package nl.opvangmonitor.jobs.runtime;

import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.LakeLock;

/**
 * The lake's writer lock as every writing command takes it (ingest, conform, metrics, publish, pipeline):
 * one writer at a time per lake, and the lock's failures as one readable line with their exit code.
 */
public final class LakeWriterLock {
    private LakeWriterLock() {
    }

    /**
     * Takes the lock for {@code job}, waiting up to {@code waitSeconds} (said in a progress line when it has to wait);
     * exit 5 naming the holder when it stays held.
     */
    public static LakeLock take(Lake lake, String job, long waitSeconds) {
        try {
            if (waitSeconds > 0 && LakeLock.held(lake.root())) {
                Console.progress(job, "another run holds the lake lock: waiting up to " + waitSeconds + " s for it");
            }
            return LakeLock.acquire(lake.root(), job, lake.runId(), waitSeconds);
        } catch (LakeLock.LockedException e) {
            throw new JobFailure(e.getMessage(), FailureKind.LAKE_LOCKED, e);
        } catch (LakeLock.UnwritableLakeException e) {
            throw new JobFailure(e.getMessage(), FailureKind.FAILURE, e);
        }
    }
}
