package nl.opvangmonitor.jobs.export;

/** The export formats: a CSV file per table, or one Excel workbook with a sheet per table. */
public enum ExportFormat {
    CSV, XLSX
}
