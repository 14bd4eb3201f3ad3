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

    /**
     * Spark: number of weekdays (Mon-Fri) in the half-open interval [from, to); 0 when to <= from.
     * Interval arithmetic: whole weeks times five plus the weekdays of the remainder.
     */
    public static Column weekdaysBetween(Column from, Column to) {
        Column days = greatest(datediff(to, from), lit(0));
        Column fullWeeks = floor(days.divide(7));
        Column rest = days.minus(fullWeeks.multiply(7));
        // weekday index of 'from': 0 = Monday .. 6 = Sunday
        Column startDow = pmod(dayofweek(from).plus(5), lit(7));
        // weekdays among the 'rest' days starting at startDow: count k in [0, rest) with (startDow+k) mod 7 < 5
        Column restWeekdays = greatest(lit(0), least(rest, lit(5).minus(startDow)))
                .plus(greatest(lit(0), rest.minus(lit(7).minus(startDow))));
        return fullWeeks.multiply(5).plus(restWeekdays).cast("long");
    }
}
