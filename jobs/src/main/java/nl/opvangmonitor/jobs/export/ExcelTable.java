package nl.opvangmonitor.jobs.export;

import java.util.List;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Makes a written sheet an Excel Table (a ListObject), so PivotTables, Power Query and filters see
 * one named range with typed columns. SXSSF streams rows to disk and cannot make tables itself, so
 * the table is declared on the underlying XSSF sheet with the header names given, not read back
 * from cells that are no longer in memory.
 */
final class ExcelTable {
    private ExcelTable() {
    }

    /** Declares rows 0..lastRow of the sheet's first {@code headers.size()} columns as table {@code name}. */
    static void add(SXSSFWorkbook workbook, SXSSFSheet sheet, String name, List<String> headers, int lastRow) {
        AreaReference area = new AreaReference(new CellReference(0, 0),
                new CellReference(lastRow, headers.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()).createTable(null);
        CTTable ct = table.getCTTable();
        ct.setRef(area.formatAsString());
        ct.setName(name);
        ct.setDisplayName(name);
        ct.addNewAutoFilter().setRef(area.formatAsString());
        CTTableColumns columns = ct.addNewTableColumns();
        columns.setCount(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            var column = columns.addNewTableColumn();
            column.setId(i + 1);
            column.setName(headers.get(i));
        }
        CTTableStyleInfo style = ct.addNewTableStyleInfo();
        style.setName("TableStyleLight9");
        style.setShowRowStripes(true);
    }
}
