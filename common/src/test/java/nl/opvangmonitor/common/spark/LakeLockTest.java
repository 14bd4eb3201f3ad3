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
        String stale = staleHolder();
        Files.writeString(lake.resolve(LakeLock.FILE), stale);
        assertTrue(LakeLock.isStale(stale));
        try (LakeLock taken = LakeLock.acquire(lake.toString(), "pipeline", "run-3", 0)) {
            assertTrue(Files.readString(lake.resolve(LakeLock.FILE)).contains("run=run-3"));
        }
    }

    @Test
    void aBreakLeftByARunThatDiedWhileDeletingAStaleLockIsClearedAndTheLockTakenOver() throws Exception {
        String stale = staleHolder();
        Files.writeString(lake.resolve(LakeLock.FILE), stale);
        Path breaking = Files.writeString(lake.resolve(LakeLock.FILE + LakeLock.BREAKING), stale);
        Files.setLastModifiedTime(breaking, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - LakeLock.ABANDONED_BREAK_MILLIS - 1000));
        try (LakeLock taken = LakeLock.acquire(lake.toString(), "pipeline", "run-4", 0)) {
            assertTrue(Files.readString(lake.resolve(LakeLock.FILE)).contains("run=run-4"));
        }
        assertFalse(Files.exists(breaking), "the abandoned break is cleared, the new one removed after use");
    }

    @Test
    void aLockOfAnotherHostIsNeverConsideredStale() {
        assertFalse(LakeLock.isStale("host=elsewhere.example pid=1 job=ingest run=r since=x"));
    }

    @Test
    void ofManyRunsRacingForAFreeLockExactlyOneGetsIt() throws Exception {
        for (int round = 0; round < 20; round++) {
            assertEquals(1, winnersOfARace(), "round " + round);
        }
    }

    @Test
    void ofManyRunsRacingToTakeOverTheSameStaleLockExactlyOneGetsIt() throws Exception {
        String stale = staleHolder();
        for (int round = 0; round < 50; round++) {
            Files.writeString(lake.resolve(LakeLock.FILE), stale);
            assertEquals(1, winnersOfARace(), "round " + round);
        }
    }

    /** A holder on this host whose process has ended: a stale lock's content. */
    private static String staleHolder() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        return LakeLock.describe("ingest", "run-0").replaceFirst("pid=\\d+", "pid=" + dead.pid());
    }

    /** Eight threads try to take the lock at the same moment; each winner holds it until all have tried. */
    private int winnersOfARace() throws Exception {
        int runs = 8;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(runs);
        java.util.concurrent.CountDownLatch tried = new java.util.concurrent.CountDownLatch(runs);
        java.util.concurrent.atomic.AtomicInteger winners = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(runs);
        try {
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < runs; i++) {
                String run = "run-" + i;
                done.add(pool.submit(() -> {
                    start.await();
                    LakeLock lock = null;
                    try {
                        lock = LakeLock.acquire(lake.toString(), "race", run, 0);
                        winners.incrementAndGet();
                    } catch (LakeLock.LockedException e) {
                        // lost the race, as all but one must
                    } finally {
                        tried.countDown(); // also on an unexpected failure, which f.get() then reports
                    }
                    if (lock != null) { // the winner holds it until every run has tried
                        tried.await();
                        lock.close();
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertFalse(Files.exists(lake.resolve(LakeLock.FILE)), "released by its one holder");
        return winners.get();
    }
}
