package nl.opvangmonitor.jobs.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV record (RFC 4180) with a chosen separator: a field is quoted when it holds the separator,
 * a quote or a line break, and its quotes are doubled. Shared by the exports and the sql command.
 */
public final class CsvLine {
    private CsvLine() {
    }

    /** The fields joined into one line, without the line end. */
    public static String of(List<String> fields, char separator) {
        return fields.stream().map(f -> quote(f, separator)).collect(Collectors.joining(String.valueOf(separator)));
    }

    private static String quote(String field, char separator) {
        if (field.indexOf(separator) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
