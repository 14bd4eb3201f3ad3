package nl.opvangmonitor.common.dates;

import java.time.LocalDate;

/** Every Monday to Friday is a school day, in every region and year: the comparison count of --school-days weekdays. */
final class WeekdayCalendar implements SchoolCalendar {
    private static final long serialVersionUID = 1L;
    static final WeekdayCalendar INSTANCE = new WeekdayCalendar();

    private WeekdayCalendar() {
    }

    @Override
    public String label() {
        return "WEEKDAYS";
    }

    @Override
    public long schoolDaysBetween(SchoolRegion region, long from, long to) {
        return Math.max(0, weekdaysBefore(to) - weekdaysBefore(from));
    }

    @Override
    public long firstSchoolDayFrom(SchoolRegion region, long day) {
        long dow = dayOfWeek(day);
        return dow >= 5 ? day + 7 - dow : day;
    }

    @Override
    public long lastSchoolDayBefore(SchoolRegion region, long end) {
        long last = end - 1;
        long dow = dayOfWeek(last);
        return dow >= 5 ? last - (dow - 4) : last;
    }

    @Override
    public void requireCovers(LocalDate from, LocalDate to) {
        // every year has weekdays
    }

    @Override
    public boolean covers(LocalDate from, LocalDate to) {
        return true;
    }

    /** Monday = 0 .. Sunday = 6; epoch day 0 (1 January 1970) was a Thursday. */
    private static long dayOfWeek(long epochDay) {
        return Math.floorMod(epochDay + 3, 7L);
    }

    /** Weekdays in [Monday 29 December 1969, epochDay): whole weeks times five plus the rest. */
    private static long weekdaysBefore(long epochDay) {
        long sinceMonday = epochDay + 3;
        return Math.floorDiv(sinceMonday, 7L) * 5 + Math.min(Math.floorMod(sinceMonday, 7L), 5);
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
