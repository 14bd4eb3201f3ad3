package nl.opvangmonitor.jobs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A retraction killed with SIGKILL after it recorded itself, in the middle of its deletions, completes when run
 * again: the delivery is gone from bronze, quarantine and the ledger, recorded once, and the lock released.
 */
class RetractionCrashTest {
    private static final String DELIVERY = "jeugdhulp_trajecten/2024-01-31";

    @TempDir
    Path dir;

    @Test
    void aRetractionKilledInTheMiddleCompletesWhenRunAgain() throws IOException, InterruptedException {
        Path file = dir.resolve("raw").resolve(DELIVERY).resolve("t.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "bsn;gemeentecode;aanbieder;soort;datum_start;datum_einde;reden_beeindiging\n"
                + "111222333;GM1970;AANB01;AMBULANT;01-12-2023;;\nbad;row\n");
        Path key = Files.writeString(dir.resolve("key"), PipelineProcess.KEY);
        Path lake = dir.resolve("lake");
        CliRun ingested = CliRun.of("ingest", "--raw", dir.resolve("raw").toString(), "--lake", lake.toString(),
                "--key-file", key.toString());
        assertEquals(ExitCodes.OK, ingested.exitCode(), ingested.err());

        PipelineProcess killed = PipelineProcess.start(List.of(), "ingest", "--lake", lake.toString(),
                "--retract", DELIVERY, "--reason", "crash test");
        assertTrue(killed.awaitErrLine(l -> l.startsWith("[ingest] retraction of " + DELIVERY + " recorded")), killed.err());
        killed.kill();
        assertTrue(Files.readString(lake.resolve(LakeLock.FILE)).contains("pid=" + killed.pid()), "the lock left behind");

        CliRun again = CliRun.of("ingest", "--lake", lake.toString(), "--retract", DELIVERY, "--reason", "crash test");
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        Lake after = LakeContent.lake(lake);
        assertEquals(0, after.read(BronzeTables.of(RawSource.JEUGDHULP_TRAJECTEN)).count());
        assertEquals(0, after.read(QuarantineTables.of(RawSource.JEUGDHULP_TRAJECTEN)).count());
        assertEquals(0, after.read(OpsTables.DELIVERIES).count());
        assertEquals(1, after.read(OpsTables.RETRACTIONS).count());
        assertFalse(Files.exists(lake.resolve(LakeLock.FILE)), "released");
    }
}
