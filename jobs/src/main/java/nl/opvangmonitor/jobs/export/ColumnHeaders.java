package nl.opvangmonitor.jobs.export;

import java.util.Locale;

/** Readable column headers for people: {@code enrolled_in_time} reads "Enrolled in time", {@code pct_x} "% x". */
public final class ColumnHeaders {
    private ColumnHeaders() {
    }

    /** The header of a column name. */
    public static String readable(String column) {
        String words = column.replace('_', ' ');
        if (words.startsWith("pct ")) {
            return "% " + words.substring(4);
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** A sheet name of at most 31 characters, as Excel requires. */
    public static String sheetName(String table) {
        return table.length() <= 31 ? table : table.substring(0, 31);
    }
}
