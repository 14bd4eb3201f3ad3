package nl.opvangmonitor.jobs.ingest;

import nl.opvangmonitor.jobs.testing.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All pending deliveries of a source go in one pass: 30 deliveries start no more Spark jobs than one. */
class IngestPassTest {
    private static final String SOURCE = "jeugdhulp_trajecten";
    private static final String HEADER = "bsn;gemeentecode;aanbieder;soort;datum_start;datum_einde;reden_beeindiging";

    @TempDir
    Path dir;

    /** Ingests that many one-row deliveries into a fresh lake and returns the Spark jobs the run started. */
    private int sparkJobs(String name, int deliveries) throws IOException {
        RawLanding raw = new RawLanding(dir.resolve(name + "-raw"));
        for (int i = 0; i < deliveries; i++) {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i);
            raw.lines(SOURCE, day.toString(), "t.csv", HEADER, "111222333;GM1970;AANB01;AMBULANT;01-12-2023;;");
        }
        Files.writeString(dir.resolve("key"), "pass-test-key-0123456789abcdef");
        SparkContext spark = SharedSpark.spark().sparkContext();
        String group = "ingest-pass-" + name;
        spark.setJobGroup(group, "counted by " + getClass().getSimpleName(), false);
        try {
            CliRun run = CliRun.of("ingest", "--raw", raw.root().toString(), "--lake", dir.resolve(name + "-lake").toString(),
                    "--key-file", dir.resolve("key").toString());
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        } finally {
            spark.clearJobGroup();
        }
        Lake lake = new Lake(SharedSpark.spark(), dir.resolve(name + "-lake").toString(), "test");
        assertEquals(deliveries, lake.read(BronzeTables.of(RawSource.JEUGDHULP_TRAJECTEN)).count());
        assertEquals(1, lake.version(BronzeTables.of(RawSource.JEUGDHULP_TRAJECTEN)) + 1, "one bronze commit");
        return spark.statusTracker().getJobIdsForGroup(group).length;
    }

    @Test
    void thirtyDeliveriesCostTheSameSparkJobsAsOne() throws IOException {
        int one = sparkJobs("one", 1);
        int thirty = sparkJobs("thirty", 30);
        assertTrue(one > 0, "jobs are counted");
        assertTrue(thirty <= one + 2, "Spark jobs for 1 delivery: " + one + ", for 30: " + thirty);
    }
}
