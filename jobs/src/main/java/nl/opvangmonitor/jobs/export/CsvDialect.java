package nl.opvangmonitor.jobs.export;

/**
 * The two CSV dialects of the export ({@code export --dialect}): Dutch Excel opens {@code excel-nl}
 * with a double click ({@code ;} between fields, decimal comma, a byte order mark so Excel reads
 * UTF-8); {@code tools} is what pandas, R, DuckDB and Power BI read without options ({@code ,},
 * decimal point, no byte order mark).
 */
public enum CsvDialect {
    EXCEL_NL(';', ',', true), TOOLS(',', '.', false);

    private final char separator;
    private final char decimalSeparator;
    private final boolean byteOrderMark;

    CsvDialect(char separator, char decimalSeparator, boolean byteOrderMark) {
        this.separator = separator;
        this.decimalSeparator = decimalSeparator;
        this.byteOrderMark = byteOrderMark;
    }

    public char separator() {
        return separator;
    }

    public char decimalSeparator() {
        return decimalSeparator;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** The name on the command line, e.g. {@code excel-nl}. */
    public String option() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The dialect of a command-line name; picocli's converter. */
    public static CsvDialect ofOption(String option) {
        for (CsvDialect d : values()) {
            if (d.option().equals(option)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dialect '" + option + "': excel-nl or tools");
    }

    /** One line of the dialect's description, for the README and the guidance. */
    public String describe() {
        return "'" + separator + "' between fields, decimal " + (decimalSeparator == ',' ? "comma" : "point")
                + (byteOrderMark ? ", UTF-8 with byte order mark" : ", UTF-8 without byte order mark");
    }
}
