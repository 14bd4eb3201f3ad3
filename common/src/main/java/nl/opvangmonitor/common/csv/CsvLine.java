package nl.opvangmonitor.common.csv;

import java.util.List;

/**
 * One CSV record (RFC 4180) with a chosen separator: a field is quoted when it holds the separator,
 * a quote or a line break, and its quotes are doubled. The one writer of CSV lines: the generator's raw
 * files ({@code ;}, data-contract.md), the exports and the sql command.
 */
public final class CsvLine {
    private CsvLine() {
    }

    /** The fields joined into one line, without the line end. */
    public static String of(List<String> fields, char separator) {
        StringBuilder line = new StringBuilder(fields.size() * 12);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(separator);
            }
            quote(line, fields.get(i), separator);
        }
        return line.toString();
    }

    private static void quote(StringBuilder line, String field, char separator) {
        if (field.indexOf(separator) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            line.append(field);
        } else {
            line.append('"').append(field.replace("\"", "\"\"")).append('"');
        }
    }
}
