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
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.LinkedFigure;
import nl.opvangmonitor.common.tables.LinkedFigures;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.export.CsvDialect;
import nl.opvangmonitor.jobs.export.PublishedTable;
import nl.opvangmonitor.jobs.export.ExportJob;
import nl.opvangmonitor.jobs.testing.CsvRecords;
import nl.opvangmonitor.jobs.testing.GeneratedLake;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole chain on generated data (300 persons, generate then pipeline: ingest, conform, metrics,
 * publish, exports), attacked from the outside: no hidden count of any publish table is recovered by
 * subtraction along lines nor by all of a time value's line equations together, nothing personal is
 * in the publish tables or the exports, and every CSV export and workbook sheet has a line per row of its publish table.
 */
class GeneratedLakeDisclosureTest {
    private static Path exports;
    private static Lake lake;

    @BeforeAll
    static void runThePipelineOnGeneratedData() {
        GeneratedLake generated = GeneratedLake.get();
        exports = generated.exports;
        lake = new Lake(SharedSpark.spark(), generated.lake.toString(), "test-run");
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
    void theGeneratedDataExerciseSecondarySuppressionAndTheLogKeepsTheReasons() {
        Dataset<Row> log = lake.read(OpsTables.DISCLOSURE_LOG);
        assertTrue(log.filter(functions.col("reason").equalTo("complement")).count() > 0, "some cell is a complement");
        long hidden = 0;
        for (TableDef table : PublishTables.all()) {
            hidden += lake.read(table).select(functions.size(functions.col(PublishTables.HIDDEN_COLUMNS)))
                    .as(org.apache.spark.sql.Encoders.INT()).collectAsList().stream().mapToLong(Integer::longValue).sum();
        }
        assertEquals(hidden, log.count(), "one log row per hidden cell");
    }

    static Stream<LinkedFigure> linkedFigures() {
        return LinkedFigures.all().stream();
    }

    /**
     * privacy.md, "Linked tables": each declared linked figure is, in gold, the sum of its source cells,
     * and in publish it is hidden only where one of its source cells is.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("linkedFigures")
    void aLinkedFigureIsTheSumOfItsSourcesInGoldAndHiddenWhereOneOfThemIs(LinkedFigure figure) {
        TableDef goldSource = figure.source();
        List<String> sourceDims = goldSource.columnsWithRole(ColumnRole.DIMENSION);
        String sourceTime = goldSource.columnsWithRole(ColumnRole.TIME).get(0);
        java.util.Map<String, Long> values = new java.util.HashMap<>();
        java.util.Set<String> hiddenSources = new java.util.HashSet<>();
        java.util.Map<String, String> timeInMonth = new java.util.HashMap<>();
        for (Row r : lake.read(PublishTables.of(goldSource)).collectAsList()) {
            if (r.getList(r.fieldIndex(PublishTables.HIDDEN_COLUMNS)).contains(figure.sourceColumn())) {
                hiddenSources.add(cellKey(r, sourceTime, sourceDims));
            }
        }
        for (Row r : lake.read(goldSource).collectAsList()) {
            Long v = r.getAs(figure.sourceColumn());
            values.put(cellKey(r, sourceTime, sourceDims), v == null ? 0L : v);
            timeInMonth.put(r.getAs(sourceTime).toString().substring(0, 7), r.getAs(sourceTime).toString());
        }
        TableDef target = figure.table();
        List<String> dims = target.columnsWithRole(ColumnRole.DIMENSION);
        String time = target.columnsWithRole(ColumnRole.TIME).get(0);
        java.util.Map<String, Boolean> publishedHidden = new java.util.HashMap<>();
        for (Row r : lake.read(PublishTables.of(target)).collectAsList()) {
            publishedHidden.put(cellKey(r, time, dims), r.getList(r.fieldIndex(PublishTables.HIDDEN_COLUMNS))
                    .contains(figure.column()));
        }
        int compared = 0;
        for (Row r : lake.read(target).collectAsList()) {
            String at = r.getAs(time).toString();
            String sourceAt = figure.time() == LinkedFigure.TimeMatch.SAME_DATE ? at : timeInMonth.get(at.substring(0, 7));
            if (sourceAt == null || !timeInMonth.containsValue(sourceAt)) {
                continue;
            }
            java.util.Map<String, String> cell = new java.util.LinkedHashMap<>();
            dims.forEach(d -> cell.put(d, r.getAs(d)));
            if (!figure.covers(cell)) {
                continue;
            }
            long sum = 0;
            boolean anyHidden = false;
            for (java.util.Map<String, String> source : figure.sourceCells(cell)) {
                String key = sourceAt + "|" + source.values();
                sum += values.getOrDefault(key, 0L);
                anyHidden |= hiddenSources.contains(key);
            }
            Long own = r.getAs(figure.column());
            assertEquals(sum, own == null ? 0L : own, figure.column() + " at " + at + " " + cell);
            boolean hidden = publishedHidden.get(cellKey(r, time, dims));
            assertTrue(anyHidden || !hidden, figure.column() + " at " + at + " " + cell + " is hidden only with a source");
            compared++;
        }
        assertTrue(compared > 0, "the generated lake has cells of " + figure.table().name() + "." + figure.column());
    }

    private static String cellKey(Row r, String time, List<String> dims) {
        return r.getAs(time).toString() + "|" + dims.stream().map(d -> (String) r.getAs(d)).toList();
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
