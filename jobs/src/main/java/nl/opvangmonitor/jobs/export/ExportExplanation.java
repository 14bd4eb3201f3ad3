package nl.opvangmonitor.jobs.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The explanation that goes with every export, as the README next to the files and as the first
 * sheet of the workbook: what the marker, empty cells, {@code ALL}, {@code level} and
 * {@code provisional} mean, the threshold, how numbers are written.
 */
public final class ExportExplanation {
    private ExportExplanation() {
    }

    /** The explanation lines for the given tables; the CSV line only when {@code csv} is not null. */
    public static List<String> lines(List<PublishedTable> tables, CsvDialect csv) {
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
                "  level = total (every dimension ALL), subtotal (some), detail (none). Sum only the detail rows, or "
                        + "filter one level: summing all rows counts every child once per level.",
                "  provisional = true: later deliveries can still change the row (the month of as_of, a school cohort "
                        + "whose term has not ended, a care month with pairs too early to tell, an amv month not yet "
                        + "final). A provisional share is over the children decided so far.",
                "",
                "Statistics are rounded to " + CellText.DECIMALS + " decimal in the exports; the lake keeps full "
                        + "precision. Dates are yyyy-mm-dd.",
                "Workbook: one Excel Table per sheet, readable headers, counts as #,##0, statistics as 0.0; the "
                        + "Guidance sheet describes every table and column."));
        if (csv != null) {
            lines.add("CSV files (dialect " + csv.option() + "): " + csv.describe()
                    + ", one header row with the column names; data-guidance.md describes every table and column.");
        }
        lines.add("");
        lines.add("Tables:");
        for (PublishedTable t : tables) {
            lines.add("  " + t.table().name() + " (" + t.threshold() + ")");
        }
        return lines;
    }
}
