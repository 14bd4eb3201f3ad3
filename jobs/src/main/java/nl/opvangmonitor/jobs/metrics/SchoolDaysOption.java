package nl.opvangmonitor.jobs.metrics;

import nl.opvangmonitor.common.dates.SchoolCalendar;
import picocli.CommandLine.Option;

/** {@code --school-days}: the calendar the school metrics count on, for every command that runs the metrics. */
public final class SchoolDaysOption {
    @Option(names = "--school-days", defaultValue = "school", paramLabel = "CALENDAR",
            description = "Count missed school on 'school' days (the official school calendar: no holidays, no "
                    + "public holidays; default) or on all 'weekdays' (the old count, for comparison).")
    String schoolDays;

    public SchoolCalendar calendar() {
        return SchoolCalendar.named(schoolDays);
    }
}
