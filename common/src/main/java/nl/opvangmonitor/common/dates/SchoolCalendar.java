package nl.opvangmonitor.common.dates;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which days are school days in a region (metrics.md, "School day"), counted over half-open intervals
 * of epoch days so that metrics count intervals, never days. Two calendars: the official one (holidays
 * of the region and public holidays on which schools close) and plain weekdays, kept for comparison.
 */
public interface SchoolCalendar extends Serializable {

    /** How the gold tables name this calendar: {@code SCHOOL_CALENDAR} or {@code WEEKDAYS}. */
    String label();

    /** School days in {@code [fromEpochDay, toEpochDay)} in {@code region}; 0 when the interval is empty. */
    long schoolDaysBetween(SchoolRegion region, long fromEpochDay, long toEpochDay);

    /** The first school day on or after {@code epochDay}. */
    long firstSchoolDayFrom(SchoolRegion region, long epochDay);

    /** The last school day before the exclusive end {@code endEpochDay}. */
    long lastSchoolDayBefore(SchoolRegion region, long endEpochDay);

    /** Fails, naming the school year, unless the calendar knows every day of {@code [from, to]}. */
    void requireCovers(LocalDate from, LocalDate to);

    /** Whether the calendar knows every day of {@code [from, to]}. */
    boolean covers(LocalDate from, LocalDate to);

    default long schoolDaysBetween(SchoolRegion region, LocalDate from, LocalDate to) {
        return schoolDaysBetween(region, from.toEpochDay(), to.toEpochDay());
    }

    default LocalDate firstSchoolDayFrom(SchoolRegion region, LocalDate day) {
        return LocalDate.ofEpochDay(firstSchoolDayFrom(region, day.toEpochDay()));
    }

    default LocalDate lastSchoolDayBefore(SchoolRegion region, LocalDate end) {
        return LocalDate.ofEpochDay(lastSchoolDayBefore(region, end.toEpochDay()));
    }

    /** The official calendar from the data kept in the project (school_holidays.csv and Jollyday). */
    static SchoolCalendar official() {
        return OfficialSchoolCalendar.INSTANCE;
    }

    /** Monday to Friday, every region, every year (the count before the school calendar). */
    static SchoolCalendar weekdays() {
        return WeekdayCalendar.INSTANCE;
    }

    /** The calendar named on the command line: {@code school} or {@code weekdays}. */
    static SchoolCalendar named(String name) {
        return switch (name) {
            case "school" -> official();
            case "weekdays" -> weekdays();
            default -> throw new IllegalArgumentException("--school-days is 'school' or 'weekdays', not '" + name + "'");
        };
    }
}
