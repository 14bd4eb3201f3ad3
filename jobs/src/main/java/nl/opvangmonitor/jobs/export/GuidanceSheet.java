package nl.opvangmonitor.jobs.export;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Guidance sheet of the workbook: the {@link DataGuidance} preamble and per-table notes, then one
 * row per column of every table (table, column, kind, unit, description, denominator), then the code lists.
 */
final class GuidanceSheet {
    private GuidanceSheet() {
    }

    static void write(Sheet sheet, DataGuidance guidance, CellStyle header) {
        int r = 0;
        for (String line : guidance.preamble()) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        for (PublishedTable t : guidance.tables()) {
            r++;
            for (String line : guidance.about(t)) {
                sheet.createRow(r++).createCell(0).setCellValue(line);
            }
        }
        r = rows(sheet, r + 1, DataGuidance.COLUMN_HEADER, guidance.columnRows(), header);
        rows(sheet, r + 1, DataGuidance.CODE_HEADER, guidance.codeRows(), header);
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        sheet.setColumnWidth(4, 90 * 256);
    }

    /** A header row and the rows from row {@code r} on; returns the next free row. */
    private static int rows(Sheet sheet, int r, List<String> names, List<List<String>> rows, CellStyle header) {
        org.apache.poi.ss.usermodel.Row head = sheet.createRow(r++);
        for (int c = 0; c < names.size(); c++) {
            head.createCell(c).setCellValue(names.get(c));
            head.getCell(c).setCellStyle(header);
        }
        for (List<String> row : rows) {
            org.apache.poi.ss.usermodel.Row out = sheet.createRow(r++);
            for (int c = 0; c < row.size(); c++) {
                out.createCell(c).setCellValue(row.get(c));
            }
        }
        return r;
    }
}
