package nl.opvangmonitor.jobs.publish;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.testing.Frames;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import nl.opvangmonitor.jobs.testing.GoldTableGenerator;
import nl.opvangmonitor.jobs.testing.PrivacyScan;
import nl.opvangmonitor.jobs.testing.RecoveryAttack;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish command on a lake holding two gold tables with rows and the others empty: what it writes and
 * records, that a re-run writes the same rows, and that a lake missing a gold table publishes nothing.
 */
class PublishCommandTest {
    @TempDir
    Path lakeDir;

    /** A lake with a generated gold.school_access, a one-row gold.headline and the other gold tables empty. */
    static Lake goldLake(Path dir) {
        Lake lake = twoGoldTables(dir);
        GoldTables.all().forEach(lake::ensure);
        return lake;
    }

    /** A lake with a generated gold.school_access and a one-row gold.headline; no other gold table. */
    private static Lake twoGoldTables(Path dir) {
        Lake lake = new Lake(SharedSpark.spark(), dir.toString(), "test-run");
        lake.overwrite(GoldTables.SCHOOL_ACCESS, GoldTableGenerator.generate(GoldTables.SCHOOL_ACCESS, 60, 1, 7L));
        Object[] headline = new Object[GoldTables.HEADLINE.columns().size()];
        headline[0] = java.sql.Date.valueOf(d("2026-06-30"));
        for (int i = 1; i < headline.length; i++) {
            headline[i] = switch (GoldTables.HEADLINE.columns().get(i).role()) {
                case COUNT, RECORD_COUNT -> (long) (i * 3);
                case STATISTIC -> 12.5;
                default -> "run-1";
            };
        }
        lake.overwrite(GoldTables.HEADLINE, Frames.frame(GoldTables.HEADLINE.schema(), row(headline)));
        return lake;
    }

    @Test
    void publishesEveryGoldTableARerunWritesTheSameRowsAndAnotherThresholdIsRecordedWithTheTables() {
        Lake lake = goldLake(lakeDir);

        CliRun firstRun = CliRun.of("publish", "--lake", lakeDir.toString(), "--k", "10");
        assertEquals(ExitCodes.OK, firstRun.exitCode(), firstRun.err());
        List<Row> first = lake.read(PublishTables.of(GoldTables.SCHOOL_ACCESS)).collectAsList();
        long version = lake.version(PublishTables.of(GoldTables.SCHOOL_ACCESS));
        assertEquals(ExitCodes.OK, CliRun.of("publish", "--lake", lakeDir.toString()).exitCode());
        assertEquals(version, lake.version(PublishTables.of(GoldTables.SCHOOL_ACCESS)),
                "a re-run with the same k on the same gold commits nothing, not even the k property");

        assertEquals(0, lake.read(PublishTables.of(GoldTables.OCCUPANCY_MONTHLY)).count(), "an empty gold table");
        assertEquals(OptionalInt.of(10), PublishedThreshold.read(lake, PublishTables.of(GoldTables.HEADLINE)));
        Row headline = lake.read(PublishTables.of(GoldTables.HEADLINE)).head();
        assertNull(headline.getAs("minors_in_reception"), "3 persons");
        assertNull(headline.getAs("in_crisisnoodopvang"), "9 persons");
        assertEquals(12L, (long) headline.getAs("amv_minors"));
        assertNull(headline.getAs("linked_share"), "over 3 minors");
        for (var gold : List.of(GoldTables.SCHOOL_ACCESS, GoldTables.HEADLINE)) {
            var published = lake.read(PublishTables.of(gold));
            assertEquals(lake.read(gold).count(), published.count());
            assertEquals(List.of(), RecoveryAttack.attack(published, PublishTables.of(gold)));
            assertEquals(List.of(), PrivacyScan.scan(published, gold.name()));
        }
        SharedSpark.assertSameRows(SharedSpark.spark().createDataFrame(first,
                PublishTables.of(GoldTables.SCHOOL_ACCESS).schema()), lake.read(PublishTables.of(GoldTables.SCHOOL_ACCESS)));

        // one test for both: publishing every gold table of a fresh lake is most of its time
        assertEquals(ExitCodes.OK, CliRun.of("publish", "--lake", lakeDir.toString(), "--k", "11").exitCode());
        assertEquals(OptionalInt.of(11), PublishedThreshold.read(lake, PublishTables.of(GoldTables.SCHOOL_ACCESS)));
        assertEquals(OptionalInt.of(11), PublishedThreshold.read(lake, PublishTables.of(GoldTables.HEADLINE)));
    }

    @Test
    void aMissingGoldTableFailsInOneLineBeforeAnythingIsPublished() {
        Lake lake = twoGoldTables(lakeDir);
        CliRun run = CliRun.of("publish", "--lake", lakeDir.toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.err());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().lines().anyMatch(("opvangmonitor: error: gold.occupancy_monthly does not exist in "
                + lakeDir + ": run metrics first")::equals), run.err());
        assertFalse(lake.exists(PublishTables.of(GoldTables.SCHOOL_ACCESS)), "nothing published");
        assertFalse(lake.exists(OpsTables.DISCLOSURE_LOG));
    }

    @Test
    void aThresholdBelowTwoIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRun.of("publish", "--lake", lakeDir.toString(), "--k", "1").exitCode());
    }

    static {
        SharedSpark.spark();
    }
}
