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
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.publish.DisclosureControl;
import nl.opvangmonitor.jobs.publish.PublishedThreshold;
import nl.opvangmonitor.jobs.testing.CliRun;
import nl.opvangmonitor.jobs.testing.CsvRecords;
import nl.opvangmonitor.jobs.testing.GoldTableGenerator;
import nl.opvangmonitor.jobs.testing.PrivacyScan;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
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
    /** The exported columns: the table's with {@code level} after the dimensions. */
    private static final List<String> COLUMNS = new PublishedTable(PUBLISHED, java.util.OptionalInt.empty(), null)
            .columns();

    @TempDir
    static Path lakeDir;

    @TempDir
    Path out;

    private static List<Row> expected;

    @BeforeAll
    static void publishOneTable() {
        Lake lake = new Lake(SharedSpark.spark(), lakeDir.toString(), "test-run");
        var gold = GoldTableGenerator.generate(GoldTables.SCHOOL_ACCESS, 30000, 1, 5L);
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
        assertEquals(ExitCodes.OK, CliRun.of("export", "--lake", lakeDir.toString(), "--out", out.toString(),
                "--format", "csv").exitCode());

        assertFalse(Files.exists(out.resolve(ExportJob.WORKBOOK)));
        assertFalse(Files.exists(out.resolve("occupancy_monthly.csv")), "gold is never exported");
        assertCsvMatches(out.resolve("school_access.csv"), CsvDialect.EXCEL_NL);
        assertEquals(List.of(), PrivacyScan.scanFiles(out));
        String readme = Files.readString(out.resolve(ExportJob.README), StandardCharsets.UTF_8);
        assertTrue(readme.contains("x  = suppressed") && readme.contains("school_access (k=10)"), readme);
    }

    @Test
    void theToolsDialectHasCommasADecimalPointAndNoByteOrderMark() throws IOException {
        assertEquals(ExitCodes.OK, CliRun.of("export", "--lake", lakeDir.toString(), "--out", out.toString(),
                "--format", "csv", "--dialect", "tools").exitCode());

        Path csv = out.resolve("school_access.csv");
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("cohort_month,category,"));
        assertCsvMatches(csv, CsvDialect.TOOLS);
        assertEquals(ExitCodes.USAGE, CliRun.of("export", "--lake", lakeDir.toString(), "--out", out.toString(),
                "--dialect", "excel").exitCode());
    }

    /** Every field of the CSV is the publish table's value: marker, empty, level, one-decimal statistics. */
    private static void assertCsvMatches(Path file, CsvDialect dialect) throws IOException {
        List<List<String>> records = CsvRecords.read(file, dialect.separator());
        assertEquals(COLUMNS, records.get(0));
        assertEquals(expected.size(), records.size() - 1);
        for (int i = 0; i < expected.size(); i++) {
            Row row = expected.get(i);
            Set<String> hidden = hiddenColumns(row);
            List<String> fields = records.get(i + 1);
            assertEquals(expectedLevel(row), fields.get(COLUMNS.indexOf(PublishedTable.LEVEL)));
            for (String column : PUBLISHED.columnNames()) {
                Object value = row.getAs(column);
                String field = fields.get(COLUMNS.indexOf(column));
                if (hidden.contains(column)) {
                    assertEquals("x", field, column);
                } else if (value == null) {
                    assertEquals("", field, column);
                } else if (value instanceof Double d) {
                    assertTrue(field.matches("-?\\d+\\" + dialect.decimalSeparator() + "\\d"), field);
                    assertEquals(d, Double.parseDouble(field.replace(',', '.')), 0.05, column);
                } else if (value instanceof scala.collection.Iterable<?> list) {
                    assertEquals(list.mkString(","), field, column);
                } else {
                    assertEquals(value.toString(), field, column);
                }
            }
        }
    }

    /** The columns the expected row hides. */
    private static Set<String> hiddenColumns(Row row) {
        return new java.util.HashSet<>(row.getList(row.fieldIndex(PublishTables.HIDDEN_COLUMNS)));
    }

    /** Hand-counted: school_access has four dimensions. */
    private static String expectedLevel(Row row) {
        long all = PUBLISHED.columnsWithRole(ColumnRole.DIMENSION).stream()
                .filter(d -> row.getAs(d).equals(GoldTables.ALL)).count();
        return all == 4 ? "total" : all == 0 ? "detail" : "subtotal";
    }

    @Test
    void theWorkbookReadsBackWithAnAboutSheetAndMarkers() throws IOException {
        assertEquals(ExitCodes.OK, CliRun.of("export", "--lake", lakeDir.toString(), "--out", out.toString(),
                "--format", "xlsx").exitCode());

        try (InputStream in = Files.newInputStream(out.resolve(ExportJob.WORKBOOK));
             Workbook workbook = WorkbookFactory.create(in)) {
            assertEquals(List.of("About", "Guidance", "school_access"), sheetNames(workbook));
            assertEveryColumnDescribed(workbook.getSheet("Guidance"));
            Sheet sheet = workbook.getSheet("school_access");
            assertEquals("Enrolled in time", sheet.getRow(0).getCell(COLUMNS.indexOf("enrolled_in_time"))
                    .getStringCellValue());
            assertEquals("% in time", sheet.getRow(0).getCell(COLUMNS.indexOf("pct_in_time"))
                    .getStringCellValue());
            assertEquals(expected.size(), sheet.getLastRowNum());
            for (int i = 0; i < expected.size(); i++) {
                Row row = expected.get(i);
                Set<String> hidden = hiddenColumns(row);
                org.apache.poi.ss.usermodel.Row cells = sheet.getRow(i + 1);
                assertEquals(expectedLevel(row), cells.getCell(COLUMNS.indexOf(PublishedTable.LEVEL)).getStringCellValue());
                for (String column : PUBLISHED.columnNames()) {
                    Object value = hidden.contains(column) ? "x" : row.getAs(column);
                    assertCell(cells.getCell(COLUMNS.indexOf(column)),
                            value instanceof Double d ? Math.round(d * 10) / 10.0 : value, column);
                }
            }
            assertPivotReady((XSSFSheet) sheet, expected.get(0));
            assertLeavesAddUpToTheTotal(sheet);
        }
        assertEquals(List.of(), PrivacyScan.scanFiles(out));
    }

    /** The Guidance sheet has a row with kind, unit and description for every exported column. */
    private static void assertEveryColumnDescribed(Sheet guidance) {
        List<String> described = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Row row : guidance) {
            if (row.getLastCellNum() >= 5 && row.getCell(0).getStringCellValue().equals("school_access")
                    && !row.getCell(2).getStringCellValue().isEmpty() && !row.getCell(3).getStringCellValue().isEmpty()
                    && !row.getCell(4).getStringCellValue().isEmpty()) {
                described.add(row.getCell(1).getStringCellValue());
            }
        }
        assertEquals(COLUMNS, described);
        assertTrue(guidance.getRow(0).getCell(0).getStringCellValue().startsWith("as_of (reporting date): "));
    }

    @Test
    void everyColumnOfEveryPublishTableIsDescribedWithAUnit() {
        for (TableDef table : PublishTables.all()) {
            assertFalse(table.description().isEmpty(), table.name());
            for (var column : table.columns()) {
                assertFalse(column.description().isEmpty() || column.unit().isEmpty(), table.name() + "." + column.name());
            }
        }
    }

    @Test
    void theGuidanceFilesSitBesideTheCsvs() throws IOException {
        assertEquals(ExitCodes.OK, CliRun.of("export", "--lake", lakeDir.toString(), "--out", out.toString(),
                "--format", "csv").exitCode());
        String md = Files.readString(out.resolve(ExportJob.GUIDANCE + ".md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("## school_access") && md.contains("| pct_in_time | statistic | % |")
                && md.contains("over enrolled_in_time + enrolled_late + overdue") && md.contains("first publication"), md);
        List<List<String>> rows = CsvRecords.read(out.resolve(ExportJob.GUIDANCE + ".csv"), ';');
        assertEquals(DataGuidance.COLUMN_HEADER, rows.get(0));
        assertEquals(COLUMNS.size() + 1, rows.size());
        List<List<String>> codes = CsvRecords.read(out.resolve(ExportJob.CODE_LISTS), ';');
        assertTrue(codes.contains(List.of("category", "NOODOPVANG", "emergency reception (noodopvang)")), codes.toString());
    }

    /** One Excel Table over the whole sheet with the header names, counts as #,##0, statistics as 0.0. */
    private static void assertPivotReady(XSSFSheet sheet, Row first) {
        assertEquals(1, sheet.getTables().size());
        XSSFTable table = sheet.getTables().get(0);
        assertEquals("school_access", table.getName());
        assertEquals(new CellReference(expected.size(), COLUMNS.size() - 1).formatAsString(false),
                table.getEndCellReference().formatAsString(false));
        assertEquals("% in time", table.getColumns().get(COLUMNS.indexOf("pct_in_time")).getName());
        for (int r = 1; r <= expected.size(); r++) {
            Cell children = sheet.getRow(r).getCell(COLUMNS.indexOf("children"));
            Cell share = sheet.getRow(r).getCell(COLUMNS.indexOf("pct_in_time"));
            if (children.getCellType() == CellType.NUMERIC) {
                assertEquals("#,##0", children.getCellStyle().getDataFormatString());
            }
            if (share != null && share.getCellType() == CellType.NUMERIC) {
                assertEquals("0.0", share.getCellStyle().getDataFormatString());
            }
        }
    }

    /**
     * Pivot safety: for each count column and cohort month, every set of rows that splits the total
     * along the same dimensions (the detail rows, or one dimension's rows with the others ALL) sums
     * to the total row when all of them and the total are published (the generator's totals are exact).
     */
    private static void assertLeavesAddUpToTheTotal(Sheet sheet) {
        List<Integer> dims = PUBLISHED.columnsWithRole(ColumnRole.DIMENSION).stream().map(COLUMNS::indexOf).toList();
        int month = COLUMNS.indexOf("cohort_month");
        int checked = 0;
        for (String column : PUBLISHED.columnsWithRole(ColumnRole.COUNT)) {
            int c = COLUMNS.indexOf(column);
            java.util.Map<String, Double> sums = new java.util.HashMap<>();
            java.util.Set<String> incomplete = new java.util.HashSet<>();
            java.util.Map<Double, Double> totals = new java.util.HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                double key = row.getCell(month).getNumericCellValue();
                String split = key + " " + dims.stream()
                        .map(d -> row.getCell(d).getStringCellValue().equals(GoldTables.ALL) ? "ALL" : "by").toList();
                Cell cell = row.getCell(c);
                boolean published = cell != null && cell.getCellType() == CellType.NUMERIC;
                if (row.getCell(COLUMNS.indexOf(PublishedTable.LEVEL)).getStringCellValue().equals("total")) {
                    if (published) {
                        totals.put(key, cell.getNumericCellValue());
                    }
                } else if (published) {
                    sums.merge(split, cell.getNumericCellValue(), Double::sum);
                } else {
                    incomplete.add(split);
                }
            }
            for (var split : sums.entrySet()) {
                Double total = totals.get(Double.parseDouble(split.getKey().split(" ")[0]));
                if (total != null && !incomplete.contains(split.getKey())) {
                    assertEquals(total, split.getValue(), column + " " + split.getKey());
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "some split of a total was published whole");
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
