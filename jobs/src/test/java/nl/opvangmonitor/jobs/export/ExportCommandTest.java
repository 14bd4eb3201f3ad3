package nl.opvangmonitor.jobs.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.cli.Main;
import nl.opvangmonitor.jobs.publish.DisclosureControl;
import nl.opvangmonitor.jobs.publish.PublishedThreshold;
import nl.opvangmonitor.jobs.testing.CsvRecords;
import nl.opvangmonitor.jobs.testing.GoldTableGenerator;
import nl.opvangmonitor.jobs.testing.PrivacyScan;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export command on a lake with one publish table (school_access, k=10) and a gold table that
 * must not leak: CSV and workbook read back equal to the publish table, markers where cells are hidden.
 */
class ExportCommandTest {
    private static final TableDef PUBLISHED = PublishTables.of(GoldTables.SCHOOL_ACCESS);

    @TempDir
    static Path lakeDir;

    @TempDir
    Path out;

    private static List<Row> expected;

    @BeforeAll
    static void publishOneTable() {
        Lake lake = new Lake(SharedSpark.spark(), lakeDir.toString(), "test-run");
        var gold = GoldTableGenerator.generate(GoldTables.SCHOOL_ACCESS, 120, 1, 5L);
        lake.overwrite(GoldTables.SCHOOL_ACCESS, gold);
        lake.overwrite(GoldTables.OCCUPANCY_MONTHLY, GoldTableGenerator.generate(GoldTables.OCCUPANCY_MONTHLY, 30, 1, 6L));
        lake.overwrite(PUBLISHED, DisclosureControl.publish(gold, GoldTables.SCHOOL_ACCESS, 10).rows());
        PublishedThreshold.record(lake, PUBLISHED, 10);
        expected = lake.read(PUBLISHED).collectAsList().stream()
                .sorted(ExportCommandTest::byKeys).toList();
        assertTrue(expected.stream().anyMatch(r -> r.getBoolean(r.fieldIndex(PublishTables.SUPPRESSED))));
    }

    @Test
    void theCsvParsesBackWithTheSemicolonAndMatchesThePublishTable() throws IOException {
        assertEquals(ExitCodes.OK, Main.run("export", "--lake", lakeDir.toString(), "--out", out.toString(),
                "--format", "csv"));

        assertFalse(Files.exists(out.resolve(ExportJob.WORKBOOK)));
        assertFalse(Files.exists(out.resolve("occupancy_monthly.csv")), "gold is never exported");
        List<List<String>> records = CsvRecords.read(out.resolve("school_access.csv"), CsvExport.SEPARATOR);
        assertEquals(PUBLISHED.columnNames(), records.get(0));
        assertEquals(expected.size(), records.size() - 1);
        for (int i = 0; i < expected.size(); i++) {
            Row row = expected.get(i);
            Set<String> hidden = PublishedTable.hiddenColumns(row);
            List<String> fields = records.get(i + 1);
            for (int c = 0; c < PUBLISHED.columnNames().size(); c++) {
                String column = PUBLISHED.columnNames().get(c);
                Object value = row.get(c);
                String field = fields.get(c);
                if (hidden.contains(column)) {
                    assertEquals("x", field, column);
                } else if (value == null) {
                    assertEquals("", field, column);
                } else if (value instanceof Double d) {
                    assertEquals(d, Double.parseDouble(field.replace(',', '.')), 0.00005, column);
                } else if (value instanceof scala.collection.Iterable<?> list) {
                    assertEquals(list.mkString(","), field, column);
                } else {
                    assertEquals(value.toString(), field, column);
                }
            }
        }
        assertEquals(List.of(), PrivacyScan.scanFiles(out));
        String readme = Files.readString(out.resolve(ExportJob.README), StandardCharsets.UTF_8);
        assertTrue(readme.contains("x  = suppressed") && readme.contains("school_access (k=10)"), readme);
    }

    @Test
    void theWorkbookReadsBackWithAnAboutSheetAndMarkers() throws IOException {
        assertEquals(ExitCodes.OK, Main.run("export", "--lake", lakeDir.toString(), "--out", out.toString(),
                "--format", "xlsx"));

        try (InputStream in = Files.newInputStream(out.resolve(ExportJob.WORKBOOK));
             Workbook workbook = WorkbookFactory.create(in)) {
            assertEquals(List.of("About", "school_access"), sheetNames(workbook));
            Sheet sheet = workbook.getSheet("school_access");
            assertEquals("Enrolled in time", sheet.getRow(0).getCell(PUBLISHED.columnNames().indexOf("enrolled_in_time"))
                    .getStringCellValue());
            assertEquals("% in time", sheet.getRow(0).getCell(PUBLISHED.columnNames().indexOf("pct_in_time"))
                    .getStringCellValue());
            assertEquals(expected.size(), sheet.getLastRowNum());
            for (int i = 0; i < expected.size(); i++) {
                Row row = expected.get(i);
                Set<String> hidden = PublishedTable.hiddenColumns(row);
                for (int c = 0; c < PUBLISHED.columnNames().size(); c++) {
                    String column = PUBLISHED.columnNames().get(c);
                    assertCell(sheet.getRow(i + 1).getCell(c), hidden.contains(column) ? "x" : row.get(c), column);
                }
            }
        }
        assertEquals(List.of(), PrivacyScan.scanFiles(out));
    }

    private static void assertCell(Cell cell, Object expected, String column) {
        if (expected == null) {
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, column + " is empty");
        } else if (expected instanceof Number n) {
            assertEquals(n.doubleValue(), cell.getNumericCellValue(), 1e-9, column);
        } else if (expected instanceof java.sql.Date d) {
            assertTrue(DateUtil.isCellDateFormatted(cell), column + " is a date");
            assertEquals(d.toLocalDate(), cell.getLocalDateTimeCellValue().toLocalDate(), column);
        } else if (expected instanceof Boolean b) {
            assertEquals(b, cell.getBooleanCellValue(), column);
        } else if (expected instanceof scala.collection.Iterable<?> list) {
            assertEquals(list.mkString(","), cell.getStringCellValue(), column);
        } else {
            assertEquals(expected, cell.getStringCellValue(), column);
        }
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The order the export writes rows in: by the table's keys, one after the other. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int byKeys(Row a, Row b) {
        for (String k : PUBLISHED.keys()) {
            int c = ((Comparable) a.getAs(k)).compareTo(b.getAs(k));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static {
        SharedSpark.spark();
    }
}
