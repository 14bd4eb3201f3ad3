package nl.opvangmonitor.common.dates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.spark.sql.Column;
import static org.apache.spark.sql.functions.*;

/** Date conventions of the contract and the metrics, as plain Java and as Spark columns. */
public final class Dates {
    private Dates() {
    }

    /** The raw date format of data-contract.md. */
    public static final String RAW_PATTERN = "dd-MM-yyyy";
    public static final DateTimeFormatter RAW_FORMAT = DateTimeFormatter.ofPattern(RAW_PATTERN);

    /** The day the school-access term drops from 90 to 60 days (EU Migration Pact). */
    public static final LocalDate MIGRATION_PACT_START = LocalDate.of(2026, 6, 12);

    public static String toRaw(LocalDate date) {
        return date == null ? "" : RAW_FORMAT.format(date);
    }

    /** Age in whole years on day d of someone born in the month starting birthMonth (metrics.md). */
    public static int ageOn(LocalDate birthMonth, LocalDate d) {
        return java.time.Period.between(birthMonth.withDayOfMonth(1), d).getYears();
    }

    /** Spark: age in whole years on {@code day} from the first day of the birth month. */
    public static Column ageOn(Column birthMonth, Column day) {
        Column months = year(day).minus(year(birthMonth)).multiply(12).plus(month(day).minus(month(birthMonth)));
        return floor(months.divide(12)).cast("int");
    }

    /** Spark: the first day of the month of {@code birthMonth} plus {@code years} years. */
    public static Column birthdayOf(Column birthMonth, int years) {
        return add_months(trunc(birthMonth, "month"), 12 * years);
    }
}
