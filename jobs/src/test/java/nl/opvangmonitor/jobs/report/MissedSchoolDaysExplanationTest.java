package nl.opvangmonitor.jobs.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report says in words which days the missed-school chart counts (gold.missed_school_monthly.school_days). */
class MissedSchoolDaysExplanationTest {

    @Test
    void theSentenceNamesTheCalendarTheTableWasCountedOn() {
        assertTrue(MonitoringReport.missedSchoolDaysExplanation(List.of("SCHOOL_CALENDAR"))
                .contains("school holidays and public holidays do not count"));
        assertTrue(MonitoringReport.missedSchoolDaysExplanation(List.of("WEEKDAYS"))
                .contains("counted on every weekday"));
    }
}
