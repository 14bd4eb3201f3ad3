package nl.opvangmonitor.jobs.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.opvangmonitor.common.csv.CsvLine;

/** Writes a publish table as one CSV file in a {@link CsvDialect} (see {@link ExportExplanation}). */
public final class CsvExport {
    /** Makes Excel read the file as UTF-8 (province names such as Fryslân). */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvExport() {
    }

    /** Writes the table to {@code file}; returns the number of data rows. */
    public static long write(PublishedTable table, Path file, CsvDialect dialect) throws IOException {
        List<String> columns = table.columns();
        long rows = 0;
        try (BufferedWriter out = open(file, dialect)) {
            line(out, columns, dialect);
            Iterator<List<Object>> it = table.sortedRows();
            while (it.hasNext()) {
                List<Object> row = it.next();
                Set<String> hidden = table.hiddenColumns(row);
                line(out, columns.stream().map(c -> CellText.of(c, table.value(row, c), hidden, dialect)).toList(),
                        dialect);
                rows++;
            }
        }
        return rows;
    }

    /** Writes a small text table (the guidance) in the dialect. */
    public static void write(List<String> header, List<List<String>> rows, Path file, CsvDialect dialect)
            throws IOException {
        try (BufferedWriter out = open(file, dialect)) {
            line(out, header, dialect);
            for (List<String> row : rows) {
                line(out, row, dialect);
            }
        }
    }

    /** A UTF-8 writer that has written the dialect's byte order mark, if it has one. */
    private static BufferedWriter open(Path file, CsvDialect dialect) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (dialect.byteOrderMark()) {
            out.write(BYTE_ORDER_MARK);
        }
        return out;
    }

    private static void line(BufferedWriter out, List<String> fields, CsvDialect dialect) throws IOException {
        out.write(CsvLine.of(fields, dialect.separator()));
        out.write("\r\n");
    }
}
