package nl.opvangmonitor.jobs.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;

/** Writes a publish table as one CSV file for Dutch Excel (see {@link ExportExplanation}). */
public final class CsvExport {
    /** The field separator: Dutch Excel's list separator, since the decimal separator is a comma. */
    public static final char SEPARATOR = ';';
    /** Makes Excel read the file as UTF-8 (province names such as Fryslân). */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvExport() {
    }

    /** Writes the table to {@code file}; returns the number of data rows. */
    public static long write(PublishedTable table, Path file) throws IOException {
        List<String> columns = table.table().columnNames();
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(BYTE_ORDER_MARK);
            line(out, columns);
            Iterator<Row> it = table.sortedRows();
            while (it.hasNext()) {
                Row row = it.next();
                Set<String> hidden = PublishedTable.hiddenColumns(row);
                line(out, columns.stream().map(c -> CellText.of(c, row.getAs(c), hidden)).toList());
                rows++;
            }
        }
        return rows;
    }

    private static void line(BufferedWriter out, List<String> fields) throws IOException {
        out.write(CsvLine.of(fields, SEPARATOR));
        out.write("\r\n");
    }
}
