package nl.opvangmonitor.jobs.metrics;

import static org.apache.spark.sql.functions.*;

import nl.opvangmonitor.common.tables.GoldTables;
import org.apache.spark.sql.Column;

/**
 * metrics.md, Common terms, "Provisional": a figure that later deliveries can still change on as_of.
 * The rules are calendar rules on a row's time value, so every row of a month agrees (a total is
 * never final over provisional parts) and the flag reveals nothing about a hidden cell.
 */
public final class Provisional {
    /** The column every table with provisional figures carries. */
    public static final String COLUMN = GoldTables.PROVISIONAL;

    private Provisional() {
    }

    /** The month of as_of in a monthly table: a partial month ({@code time} is any day of the month). */
    public static Column partialMonth(Column time, Column asOf) {
        return trunc(time, "month").equalTo(trunc(asOf, "month"));
    }

    /** Provisional until {@code finalOn}: the first day on which the figure can no longer change. */
    public static Column until(Column finalOn, Column asOf) {
        return asOf.lt(finalOn);
    }
}
