package nl.opvangmonitor.common.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lake lock: one holder at a time, the holder named in the refusal, stale locks taken over. */
class LakeLockTest {
    @TempDir
    Path lake;

    @Test
    void aSecondRunIsRefusedWithTheHoldersNameAndMayRunAfterRelease() {
        try (LakeLock first = LakeLock.acquire(lake.toString(), "ingest", "run-1", 0)) {
            LakeLock.LockedException e = assertThrows(LakeLock.LockedException.class,
                    () -> LakeLock.acquire(lake.toString(), "conform", "run-2", 0));
            assertTrue(e.getMessage().contains("job=ingest run=run-1"), e.getMessage());
            assertTrue(e.getMessage().contains("pid=" + ProcessHandle.current().pid()), e.getMessage());
        }
        try (LakeLock again = LakeLock.acquire(lake.toString(), "conform", "run-2", 0)) {
            assertTrue(Files.exists(lake.resolve(LakeLock.FILE)));
        }
        assertFalse(Files.exists(lake.resolve(LakeLock.FILE)), "released on close");
    }

    @Test
    void aLockOfADeadProcessOnThisHostIsTakenOver() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        String stale = LakeLock.describe("ingest", "run-0").replaceFirst("pid=\\d+", "pid=" + dead.pid());
        Files.writeString(lake.resolve(LakeLock.FILE), stale);
        assertTrue(LakeLock.isStale(stale));
        try (LakeLock taken = LakeLock.acquire(lake.toString(), "pipeline", "run-3", 0)) {
            assertTrue(Files.readString(lake.resolve(LakeLock.FILE)).contains("run=run-3"));
        }
    }

    @Test
    void aLockOfAnotherHostIsNeverConsideredStale() {
        assertFalse(LakeLock.isStale("host=elsewhere.example pid=1 job=ingest run=r since=x"));
    }
}
