package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import java.io.Serializable;
import nl.opvangmonitor.common.dates.SchoolCalendar;
import nl.opvangmonitor.common.dates.SchoolRegion;
import nl.opvangmonitor.jobs.runtime.FailureKind;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;

/**
 * A run's school calendar as Spark columns over half-open date intervals and a {@code school_region}
 * column: school days counted, first and last school day found, by a lookup in the calendar's prefix
 * sums that every task carries (a few kilobytes), never one row per day.
 */
final class SchoolDays implements Serializable {
    private static final long serialVersionUID = 1L;
    private final SchoolCalendar calendar;

    private SchoolDays(SchoolCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The calendar for intervals {@code [start, end)} of {@code scope}; a school year the calendar does
     * not cover is a job failure naming the year, before any day is counted.
     */
    static SchoolDays covering(SchoolCalendar calendar, Dataset<Row> scope) {
        Row range = scope.agg(min("start"), date_sub(max("end"), 1)).head();
        if (!range.isNullAt(0)) {
            try {
                calendar.requireCovers(range.getDate(0).toLocalDate(), range.getDate(1).toLocalDate());
            } catch (IllegalArgumentException e) {
                throw new JobFailure(e.getMessage(), FailureKind.FAILURE);
            }
        }
        return new SchoolDays(calendar);
    }

    /** For tests and callers that know their dates are covered. */
    static SchoolDays of(SchoolCalendar calendar) {
        return new SchoolDays(calendar);
    }

    /** {@code SCHOOL_CALENDAR} or {@code WEEKDAYS}, as gold records it. */
    String label() {
        return calendar.label();
    }

    /** School days of {@code region} in {@code [from, to)} (0 when empty), as a long. */
    Column between(Column region, Column from, Column to) {
        SchoolCalendar c = calendar;
        UDF3<String, Integer, Integer, Long> count = (r, f, t) -> f == null || t == null ? null
                : c.schoolDaysBetween(region(r), f, t);
        return udf(count, DataTypes.LongType).withName("school_days_between")
                .apply(region, unix_date(from), unix_date(to));
    }

    /** The first school day of {@code region} on or after {@code day}. */
    Column firstFrom(Column region, Column day) {
        return dayOf("first_school_day_from", SchoolCalendar::firstSchoolDayFrom, region, day);
    }

    /** The last school day of {@code region} before the exclusive {@code end}. */
    Column lastBefore(Column region, Column end) {
        return dayOf("last_school_day_before", SchoolCalendar::lastSchoolDayBefore, region, end);
    }

    /** A day the calendar finds from {@code region} and {@code day}, as a Spark date. */
    private Column dayOf(String name, DayLookup lookup, Column region, Column day) {
        SchoolCalendar c = calendar;
        UDF2<String, Integer, Integer> found = (r, d) -> d == null ? null
                : Math.toIntExact(lookup.find(c, region(r), d));
        return date_from_unix_date(udf(found, DataTypes.IntegerType).withName(name).apply(region, unix_date(day)));
    }

    /** A calendar search from a day (epoch days), shipped to the tasks with the UDF. */
    private interface DayLookup extends Serializable {
        long find(SchoolCalendar calendar, SchoolRegion region, long epochDay);
    }

    private static SchoolRegion region(String code) {
        return code == null ? null : SchoolRegion.ofCode(code);
    }
}
