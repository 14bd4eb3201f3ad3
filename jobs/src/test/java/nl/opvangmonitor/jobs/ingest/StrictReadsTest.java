package nl.opvangmonitor.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import nl.opvangmonitor.jobs.testing.TestFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strict reads (issue 19) through the real command line, on one clean month in which DUO never delivered: ingest
 * and conform make DUO's tables empty, so metrics runs on them; metrics on a copy of the lake without
 * silver.enrolments fails in one line naming it, where it used to report zero school figures.
 */
class StrictReadsTest {
    private static final String JAN = "2024-01-31";

    @TempDir
    static Path dir;
    private static Path lake;
    private static Path withoutEnrolments;

    @BeforeAll
    static void ingestAndConformAMonthWithoutDuo() throws IOException {
        List<String> delivered = CleanMonth.FILES.keySet().stream()
                .filter(s -> !s.equals(RawSource.DUO_INSCHRIJVINGEN.folder())).toList();
        RawLanding raw = CleanMonth.write(new RawLanding(dir.resolve("raw")), JAN, delivered.toArray(String[]::new));
        Path key = Files.writeString(dir.resolve("key"), "strict-reads-test-key-0123456789");
        lake = dir.resolve("lake");
        for (CliRun run : List.of(
                CliRun.of("ingest", "--raw", raw.root().toString(), "--lake", lake.toString(),
                        "--key-file", key.toString()),
                CliRun.of("conform", "--lake", lake.toString()))) {
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        }
        withoutEnrolments = TestFolders.copy(lake, dir.resolve("without-enrolments"));
        TestFolders.deleteTree(withoutEnrolments.resolve(SilverTables.ENROLMENTS.relativePath()));
    }

    private static Lake lake(Path root) {
        return new Lake(SharedSpark.spark(), root.toString(), "test");
    }

    @Test
    void aSourceThatNeverDeliveredHasEmptyTablesWithTheirDeclaredSchemaAndMetricsRuns() {
        for (TableDef table : List.of(BronzeTables.of(RawSource.DUO_INSCHRIJVINGEN),
                QuarantineTables.of(RawSource.DUO_INSCHRIJVINGEN), SilverTables.ENROLMENTS)) {
            assertTrue(lake(lake).exists(table), table.qualifiedName());
            SharedSpark.assertSameRows(SharedSpark.spark().createDataFrame(List.of(), table.schema()),
                    lake(lake).read(table));
        }
        CliRun metrics = CliRun.of("metrics", "--lake", lake.toString(), "--as-of", JAN);
        assertEquals(ExitCodes.OK, metrics.exitCode(), metrics.err());
        assertTrue(lake(lake).exists(GoldTables.SCHOOL_ACCESS), metrics.err());
    }

    @Test
    void metricsWithoutSilverEnrolmentsFailsInOneLineNamingItBeforeWritingAnything() {
        CliRun metrics = CliRun.of("metrics", "--lake", withoutEnrolments.toString(), "--as-of", JAN);
        assertEquals(ExitCodes.FAILURE, metrics.exitCode(), metrics.err());
        assertEquals(1, metrics.errorLines(), metrics.err());
        assertTrue(metrics.err().lines().anyMatch(("opvangmonitor: error: silver.enrolments does not exist in "
                + withoutEnrolments + ": run conform first")::equals), metrics.err());
        assertFalse(lake(withoutEnrolments).exists(SilverFactTables.RESIDENCE_SEGMENTS), "no fact written");
        assertFalse(lake(withoutEnrolments).exists(GoldTables.HEADLINE), "no gold written");
    }
}
