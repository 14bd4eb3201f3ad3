package nl.opvangmonitor.jobs.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The explanation that goes with every export, as the README next to the files and as the first
 * sheet of the workbook: what the marker and empty cells mean, the threshold, how numbers are written.
 */
public final class ExportExplanation {
    private ExportExplanation() {
    }

    /** The explanation lines for the given tables. */
    public static List<String> lines(List<PublishedTable> tables) {
        List<String> lines = new ArrayList<>(List.of(
                "opvangmonitor: published figures on children in Dutch asylum reception",
                "",
                "These figures passed disclosure control: no child can be singled out from them.",
                "  " + CellText.MARKER + "  = suppressed (\"geheim\", as CBS marks it). A count of persons of 1 up to k-1 is "
                        + "suppressed (primary); so is any statistic (mean, median, percentage, rate) over fewer "
                        + "than k persons.",
                "     Further cells are suppressed where a hidden cell could otherwise be narrowed to fewer than k "
                        + "values from everything published (totals, other tables, statistics).",
                "     Every hidden cell is marked the same way, whatever the reason; 'suppressed' says a row has one, "
                        + "'hidden_columns' names them.",
                "  empty cell = no value (e.g. a percentage over 0 persons); 0 is a real zero.",
                "  ALL in a dimension column = the total over that dimension.",
                "",
                "CSV files: UTF-8 with byte order mark, ';' between fields, decimal comma, statistics rounded to "
                        + CellText.DECIMALS + " decimals, dates as yyyy-mm-dd, one header row with the column names.",
                "Workbook: one sheet per table, readable headers; numbers are unrounded.",
                "",
                "Tables:"));
        for (PublishedTable t : tables) {
            lines.add("  " + t.table().name() + " (" + t.threshold() + ")");
        }
        return lines;
    }
}
