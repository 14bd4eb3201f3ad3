package nl.opvangmonitor.jobs.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes all publish tables into one workbook: an "About" sheet with the explanation, then one
 * sheet per table as an Excel Table with readable headers, the {@code level} column, counts as
 * {@code #,##0}, statistics rounded to one decimal as {@code 0.0}, and suppressed cells as the marker.
 * Streams rows (POI's SXSSF), so a table need not fit in memory.
 */
public final class ExcelExport {
    /** The name of the first sheet. */
    public static final String ABOUT_SHEET = "About";
    /** The sheet with the data guidance, second. */
    public static final String GUIDANCE_SHEET = "Guidance";
    private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private ExcelExport() {
    }

    /** Writes the workbook to {@code file}. */
    public static void write(List<PublishedTable> tables, DataGuidance guidance, Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            Sheet about = workbook.createSheet(ABOUT_SHEET);
            List<String> lines = ExportExplanation.lines(tables, null);
            for (int i = 0; i < lines.size(); i++) {
                about.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            GuidanceSheet.write(workbook.createSheet(GUIDANCE_SHEET), guidance, styles.header);
            for (PublishedTable table : tables) {
                writeSheet(workbook, styles, table);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void writeSheet(SXSSFWorkbook workbook, Styles styles, PublishedTable table) {
        SXSSFSheet sheet = workbook.createSheet(ColumnHeaders.sheetName(table.table().name()));
        List<String> columns = table.columns();
        org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(ColumnHeaders.readable(columns.get(c)));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.max(12, columns.get(c).length() + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        CellStyle[] numberStyles = columns.stream().map(c -> styles.number(table, c)).toArray(CellStyle[]::new);
        int r = 0;
        Iterator<List<Object>> it = table.sortedRows();
        while (it.hasNext()) {
            if (r == MAX_DATA_ROWS) {
                throw new JobFailure(table.table().qualifiedName() + " has more rows than an Excel sheet holds; "
                        + "export it as csv only");
            }
            List<Object> row = it.next();
            Set<String> hidden = table.hiddenColumns(row);
            org.apache.poi.ss.usermodel.Row out = sheet.createRow(++r);
            for (int c = 0; c < columns.size(); c++) {
                setValue(out, c, columns.get(c), table.value(row, columns.get(c)), hidden, styles, numberStyles[c]);
            }
        }
        ExcelTable.add(workbook, sheet, table.table().name(),
                columns.stream().map(ColumnHeaders::readable).toList(), Math.max(r, 1));
    }

    private static void setValue(org.apache.poi.ss.usermodel.Row out, int c, String column, Object value,
                                 Set<String> hidden, Styles styles, CellStyle numberStyle) {
        if (hidden.contains(column)) {
            Cell cell = out.createCell(c);
            cell.setCellValue(CellText.MARKER);
            cell.setCellStyle(styles.marker);
        } else if (value instanceof Double d) {
            Cell cell = out.createCell(c);
            cell.setCellValue(CellText.rounded(d).doubleValue());
            cell.setCellStyle(numberStyle);
        } else if (value instanceof Number n) {
            Cell cell = out.createCell(c);
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(numberStyle);
        } else if (value instanceof LocalDate d) {
            Cell cell = out.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Boolean b) {
            out.createCell(c).setCellValue(b);
        } else if (value != null) {
            out.createCell(c).setCellValue(CellText.of(column, value, Set.of(), CsvDialect.TOOLS));
        }
    }

    /** The few cell styles of the workbook, created once (a workbook holds a limited number). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle marker;
        final CellStyle date;
        final CellStyle count;
        final CellStyle statistic;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            marker = workbook.createCellStyle();
            marker.setAlignment(HorizontalAlignment.RIGHT);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            statistic = workbook.createCellStyle();
            statistic.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        }

        /** Counts as {@code #,##0}, statistics (shares, means, rates) as {@code 0.0}. */
        CellStyle number(PublishedTable table, String column) {
            if (column.equals(PublishedTable.LEVEL)) {
                return null;
            }
            ColumnRole role = table.table().column(column).role();
            return role == ColumnRole.STATISTIC ? statistic : role == ColumnRole.PLAIN ? null : count;
        }
    }
}
