package nl.opvangmonitor.jobs.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.Set;

/**
 * How a published value reads in an export: a suppressed cell as the marker {@code x} (as CBS
 * writes "geheim"), a cell without a value as an empty field, numbers with a decimal comma and at
 * most {@value #DECIMALS} decimals (Dutch Excel), dates as {@code yyyy-MM-dd}.
 */
public final class CellText {
    /** What a suppressed cell shows. */
    public static final String MARKER = "x";
    /** Decimals kept for statistics in CSV. */
    public static final int DECIMALS = 4;

    private CellText() {
    }

    /** The text of one cell of a row whose hidden columns are given. */
    public static String of(String column, Object value, Set<String> hiddenColumns) {
        if (hiddenColumns.contains(column)) {
            return MARKER;
        }
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return decimal(d);
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof scala.collection.Iterable<?> list) {
            return list.mkString(",");
        }
        return value.toString();
    }

    private static String decimal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(d).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.toPlainString().replace('.', ',');
    }
}
