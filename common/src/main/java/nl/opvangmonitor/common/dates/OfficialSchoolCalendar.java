package nl.opvangmonitor.common.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The official school calendar: weekdays minus the region's school holidays (school_holidays.csv,
 * Rijksoverheid) and the public holidays on which schools close (Jollyday), for the school years the
 * file covers completely. Kept as a prefix sum of school days per region, so a count over any interval
 * is one subtraction; small enough to ship to every Spark task.
 */
final class OfficialSchoolCalendar implements SchoolCalendar {
    private static final long serialVersionUID = 1L;
    private static final List<String> HOLIDAYS = List.of("herfstvakantie", "kerstvakantie", "voorjaarsvakantie",
            "meivakantie", "zomervakantie");

    /** Loaded once per JVM: the data files do not change while it runs. */
    static final OfficialSchoolCalendar INSTANCE = load();

    private final int firstSchoolYear;
    private final int lastSchoolYear;
    private final long firstDay;
    /** Per region ordinal, the number of school days in [firstDay, firstDay + i). */
    private final int[][] schoolDaysBefore;

    private OfficialSchoolCalendar(int firstSchoolYear, int lastSchoolYear, Map<SchoolRegion, boolean[]> closed) {
        this.firstSchoolYear = firstSchoolYear;
        this.lastSchoolYear = lastSchoolYear;
        this.firstDay = LocalDate.of(firstSchoolYear, 8, 1).toEpochDay();
        int days = (int) (LocalDate.of(lastSchoolYear + 1, 8, 1).toEpochDay() - firstDay);
        this.schoolDaysBefore = new int[SchoolRegion.values().length][days + 1];
        for (SchoolRegion region : SchoolRegion.values()) {
            int[] sums = schoolDaysBefore[region.ordinal()];
            for (int i = 0; i < days; i++) {
                DayOfWeek dow = LocalDate.ofEpochDay(firstDay + i).getDayOfWeek();
                boolean weekday = dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
                sums[i + 1] = sums[i] + (weekday && !closed.get(region)[i] ? 1 : 0);
            }
        }
    }

    /** Reads school_holidays.csv and Jollyday's Dutch holidays; a school year with a holiday missing is an error. */
    static OfficialSchoolCalendar load() {
        List<Map<String, String>> rows = CalendarResource.rows("school_holidays.csv");
        Map<Integer, Integer> holidaysPerYear = new TreeMap<>();
        for (Map<String, String> row : rows) {
            if (!HOLIDAYS.contains(row.get("holiday"))) {
                throw new IllegalStateException("school_holidays.csv: unknown holiday " + row.get("holiday"));
            }
            holidaysPerYear.merge(Integer.parseInt(row.get("school_year").substring(0, 4)), 1, Integer::sum);
        }
        int complete = HOLIDAYS.size() * SchoolRegion.values().length;
        List<Integer> years = holidaysPerYear.entrySet().stream().filter(e -> e.getValue() == complete)
                .map(Map.Entry::getKey).toList();
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        if (years.size() != last - first + 1) {
            throw new IllegalStateException("school_holidays.csv: the complete school years " + years
                    + " have a hole");
        }
        long start = LocalDate.of(first, 8, 1).toEpochDay();
        int days = (int) (LocalDate.of(last + 1, 8, 1).toEpochDay() - start);
        Map<SchoolRegion, boolean[]> closed = new EnumMap<>(SchoolRegion.class);
        for (SchoolRegion region : SchoolRegion.values()) {
            closed.put(region, new boolean[days]);
        }
        for (Map<String, String> row : rows) {
            boolean[] regionClosed = closed.get(SchoolRegion.ofCode(row.get("region")));
            markClosed(regionClosed, start, LocalDate.parse(row.get("first_day")).toEpochDay(),
                    LocalDate.parse(row.get("last_day")).toEpochDay() + 1);
        }
        Set<LocalDate> publicHolidays = SchoolClosingHolidays.between(LocalDate.ofEpochDay(start),
                LocalDate.ofEpochDay(start + days - 1));
        for (LocalDate d : publicHolidays) {
            for (boolean[] regionClosed : closed.values()) {
                regionClosed[(int) (d.toEpochDay() - start)] = true;
            }
        }
        return new OfficialSchoolCalendar(first, last, closed);
    }

    private static void markClosed(boolean[] closed, long start, long from, long to) {
        for (long d = Math.max(from, start); d < Math.min(to, start + closed.length); d++) {
            closed[(int) (d - start)] = true;
        }
    }

    @Override
    public String label() {
        return "SCHOOL_CALENDAR";
    }

    @Override
    public long schoolDaysBetween(SchoolRegion region, long from, long to) {
        if (to <= from) {
            return 0;
        }
        Objects.requireNonNull(region, "a day without a school region");
        int[] sums = schoolDaysBefore[region.ordinal()];
        return sums[index(to - 1) + 1] - sums[index(from)];
    }

    @Override
    public long firstSchoolDayFrom(SchoolRegion region, long day) {
        long d = day;
        while (!isSchoolDay(region, d)) {
            d++;
        }
        return d;
    }

    @Override
    public long lastSchoolDayBefore(SchoolRegion region, long end) {
        long d = end - 1;
        while (!isSchoolDay(region, d)) {
            d--;
        }
        return d;
    }

    @Override
    public void requireCovers(LocalDate from, LocalDate to) {
        index(from.toEpochDay());
        index(to.toEpochDay());
    }

    @Override
    public boolean covers(LocalDate from, LocalDate to) {
        return from.toEpochDay() >= firstDay && to.toEpochDay() < firstDay + schoolDaysBefore[0].length - 1;
    }

    private boolean isSchoolDay(SchoolRegion region, long day) {
        Objects.requireNonNull(region, "a day without a school region");
        int i = index(day);
        int[] sums = schoolDaysBefore[region.ordinal()];
        return sums[i + 1] > sums[i];
    }

    /** The day's position in the arrays; a day outside the covered school years is an error naming its year. */
    private int index(long epochDay) {
        long i = epochDay - firstDay;
        if (i < 0 || i >= schoolDaysBefore[0].length - 1) {
            LocalDate d = LocalDate.ofEpochDay(epochDay);
            int year = d.getMonthValue() >= 8 ? d.getYear() : d.getYear() - 1;
            throw new IllegalArgumentException("no school calendar for school year " + year + "/" + (year + 1)
                    + " (day " + d + "): the calendar data cover " + firstSchoolYear + "/" + (firstSchoolYear + 1)
                    + " to " + lastSchoolYear + "/" + (lastSchoolYear + 1) + "; add the year to school_holidays.csv");
        }
        return (int) i;
    }
}
