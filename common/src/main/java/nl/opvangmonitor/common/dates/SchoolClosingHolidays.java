package nl.opvangmonitor.common.dates;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Dutch public holidays on which schools close (metrics.md, "School day"), from Jollyday's rules for
 * the Netherlands. Jollyday also lists Good Friday, Easter and Whit Sunday and Liberation Day every year;
 * schools close only on the spec's list, with Bevrijdingsdag in lustrum years (2020, 2025, ...) only.
 */
final class SchoolClosingHolidays {
    /** Jollyday's keys of the holidays in the spec's list, Bevrijdingsdag apart. */
    private static final Set<String> CLOSING = Set.of("NEW_YEAR", "christian.EASTER_MONDAY", "KINGS_DAY",
            "christian.ASCENSION_DAY", "christian.PENTECOST_MONDAY", "FIRST_CHRISTMAS_DAY", "SECOND_CHRISTMAS_DAY");
    private static final String LIBERATION = "LIBERATION";

    private SchoolClosingHolidays() {
    }

    /** The dates in {@code [from, to]} on which schools close for a public holiday. */
    static Set<LocalDate> between(LocalDate from, LocalDate to) {
        HolidayManager netherlands = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
        Set<LocalDate> closed = new TreeSet<>();
        for (Holiday h : netherlands.getHolidays(from, to)) {
            if (closesSchools(h.getPropertiesKey(), h.getDate())) {
                closed.add(h.getDate());
            }
        }
        return closed;
    }

    static boolean closesSchools(String jollydayKey, LocalDate date) {
        return CLOSING.contains(jollydayKey) || (LIBERATION.equals(jollydayKey) && date.getYear() % 5 == 0);
    }
}
