package nl.opvangmonitor.jobs.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * How a published value reads in an export: a suppressed cell as the marker {@code x} (as CBS
 * writes "geheim"), a cell without a value as an empty field, statistics rounded to
 * {@value #DECIMALS} decimal with the dialect's decimal separator, dates as {@code yyyy-MM-dd}.
 */
public final class CellText {
    /** What a suppressed cell shows, in every export, every sql format, the report and the notebooks. */
    public static final String MARKER = "x";
    /** Decimals kept for statistics in exports; the lake keeps full precision. */
    public static final int DECIMALS = 1;

    private CellText() {
    }

    /** The text of one cell of a row whose hidden columns are given. */
    public static String of(String column, Object value, Set<String> hiddenColumns, CsvDialect dialect) {
        if (hiddenColumns.contains(column)) {
            return MARKER;
        }
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? rounded(d).toPlainString().replace('.', dialect.decimalSeparator()) : "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        }
        return value.toString();
    }

    /** A statistic as exported: half up to {@value #DECIMALS} decimal, so 22.400000000000006 reads 22.4. */
    public static BigDecimal rounded(double d) {
        return BigDecimal.valueOf(d).setScale(DECIMALS, RoundingMode.HALF_UP);
    }
}
