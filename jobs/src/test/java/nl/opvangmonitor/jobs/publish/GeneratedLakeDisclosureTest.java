package nl.opvangmonitor.jobs.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.cli.Main;
import nl.opvangmonitor.jobs.export.CsvDialect;
import nl.opvangmonitor.jobs.export.PublishedTable;
import nl.opvangmonitor.jobs.export.ExportJob;
import nl.opvangmonitor.jobs.testing.CsvRecords;
import nl.opvangmonitor.jobs.testing.LinearAttack;
import nl.opvangmonitor.jobs.testing.PrivacyScan;
import nl.opvangmonitor.jobs.testing.RecoveryAttack;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole chain on generated data (300 persons, generate then pipeline: ingest, conform, metrics,
 * publish, exports), attacked from the outside: no hidden count of any publish table is recovered by
 * subtraction along lines nor by all of a time value's line equations together, nothing personal is
 * in the publish tables or the exports, and every CSV export and workbook sheet has a line per row of its publish table.
 */
class GeneratedLakeDisclosureTest {
    @TempDir
    static Path raw;
    @TempDir
    static Path lakeDir;
    @TempDir
    static Path exports;
    private static Lake lake;

    @BeforeAll
    static void runThePipelineOnGeneratedData() {
        SharedSpark.spark();
        assertEquals(ExitCodes.OK, Main.run("generate", "--persons", "300", "--out", raw.toString()));
        assertEquals(ExitCodes.OK, Main.run("pipeline", "--raw", raw.toString(), "--lake", lakeDir.toString(),
                "--demo", "--exports", exports.toString()));
        lake = new Lake(SharedSpark.spark(), lakeDir.toString(), "test-run");
    }

    static Stream<TableDef> publishTables() {
        return PublishTables.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishTables")
    void noHiddenCountIsRecoveredAndNothingIsPersonal(TableDef table) {
        assertTrue(lake.exists(table), table.qualifiedName() + " is published");
        Dataset<Row> published = lake.read(table);

        assertEquals(List.of(), RecoveryAttack.attack(published, table));
        assertEquals(List.of(), LinearAttack.determined(published, table));
        assertEquals(List.of(), PrivacyScan.scan(published, table.qualifiedName()));
    }

    @Test
    void theGeneratedDataExerciseSecondarySuppression() {
        long complements = 0;
        for (TableDef table : PublishTables.all()) {
            complements += lake.read(table).filter(functions.col(PublishTables.SUPPRESSION_REASON)
                    .contains("secondary")).count();
        }
        assertTrue(complements > 0, "some publish row holds a complement");
    }

    @Test
    void theExportsOpenWithTheRowsOfTheirPublishTableAndHoldNothingPersonal() throws IOException {
        try (InputStream in = Files.newInputStream(exports.resolve(ExportJob.WORKBOOK));
             Workbook workbook = WorkbookFactory.create(in)) {
            for (TableDef table : PublishTables.all()) {
                long rows = lake.read(table).count();
                List<List<String>> records = CsvRecords.read(exports.resolve(table.name() + ".csv"),
                        CsvDialect.EXCEL_NL.separator());
                assertEquals(new PublishedTable(table, java.util.OptionalInt.empty(), null).columns(), records.get(0),
                        table.name());
                assertEquals(rows, records.size() - 1, table.name() + ".csv has a line per row");
                assertEquals(rows, workbook.getSheet(table.name()).getLastRowNum(), table.name() + " sheet");
            }
        }
        assertEquals(List.of(), PrivacyScan.scanFiles(exports));
    }
}
