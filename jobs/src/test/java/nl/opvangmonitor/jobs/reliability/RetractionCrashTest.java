package nl.opvangmonitor.jobs.reliability;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.Frames;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import nl.opvangmonitor.jobs.testing.GoldRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways to undo, each killed with SIGKILL in its middle, complete when run again: a retraction (the delivery
 * gone from bronze, quarantine and the ledger, recorded once) and a dropped as_of slice (gone from every table that
 * keeps slices, the other slices kept); the lock left by the killed run is taken over and released.
 */
class RetractionCrashTest {
    private static final String DELIVERY = "jeugdhulp_trajecten/2024-01-31";
    private static final LocalDate WRONG = LocalDate.parse("2024-01-31");
    private static final LocalDate KEPT = LocalDate.parse("2024-02-29");
    /** Tables that keep one slice per as_of, each given a wrong and a kept slice. */
    private static final List<TableDef> SLICED = List.of(GoldTables.HEADLINE, PublishTables.of(GoldTables.HEADLINE),
            GoldTables.KSO_PIPELINE, PublishTables.of(GoldTables.KSO_PIPELINE));

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

    @Test
    void aDroppedAsOfKilledBetweenTwoTablesCompletesWhenRunAgain() throws IOException, InterruptedException {
        Path lake = dir.resolve("sliced");
        Lake sliced = new Lake(SharedSpark.spark(), lake.toString(), "test");
        for (TableDef table : SLICED) {
            sliced.overwrite(table, Frames.frame(table.schema(), GoldRows.of(table, "as_of", WRONG),
                    GoldRows.of(table, "as_of", KEPT)));
        }

        PipelineProcess killed = PipelineProcess.start(List.of(), "metrics", "--lake", lake.toString(),
                "--drop-as-of", WRONG.toString());
        assertTrue(killed.awaitErrLine(l -> l.startsWith("[metrics] as_of " + WRONG + " dropped from ")), killed.err());
        killed.kill();
        assertEquals(SLICED.size() - 1, SLICED.stream().filter(t -> holds(sliced, t, WRONG)).count(),
                "killed after its first table");

        CliRun again = CliRun.of("metrics", "--lake", lake.toString(), "--drop-as-of", WRONG.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        for (TableDef table : SLICED) {
            assertFalse(holds(sliced, table, WRONG), table.qualifiedName());
            assertTrue(holds(sliced, table, KEPT), table.qualifiedName());
        }
        assertFalse(Files.exists(lake.resolve(LakeLock.FILE)), "released");
    }

    private static boolean holds(Lake lake, TableDef table, LocalDate asOf) {
        return !lake.read(table).where(col("as_of").equalTo(lit(Date.valueOf(asOf)))).isEmpty();
    }
}
