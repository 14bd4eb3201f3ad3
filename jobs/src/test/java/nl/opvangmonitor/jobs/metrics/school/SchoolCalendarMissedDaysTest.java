package nl.opvangmonitor.jobs.metrics.school;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static nl.opvangmonitor.jobs.metrics.school.SchoolFixtures.enrolled;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import nl.opvangmonitor.common.dates.SchoolCalendar;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Missed school on the official school calendar, hand-computed (as_of Fri 31 Oct 2025). Regions: A
 * Utrecht = midden, N Zeeland = zuid, C Groningen = noord. Holidays used: meivakantie 26 Apr - 4 May
 * 2025, Bevrijdingsdag Mon 5 May 2025 (lustrum), Hemelvaart Thu 29 May, Tweede Pinksterdag Mon 9 Jun,
 * zomervakantie zuid 5 Jul - 17 Aug and noord 12 Jul - 24 Aug 2025, herfstvakantie midden 18 - 26 Oct
 * and zuid 11 - 19 Oct 2025. The same input on the weekday calendar shows what changed.
 * <ul>
 * <li>h (A): school ends Wed 15 Oct, out of reception Mon 20 - Sun 26 Oct (the holiday week), back at
 * A and at school from Wed 29 Oct.
 * <li>z: at N (zuid) from Mon 2 Jun, school ends Mon 30 Jun, moved to C (noord) on Mon 14 Jul, school
 * again from Mon 1 Sep; stays at C until 30 Sep.
 * <li>p (A): applied and at school Thu 1 May, school ends Mon 26 May, again from Mon 2 Jun; leaves 7 Jun.
 * <li>l: at N, school ends Fri 10 Oct (the last school day before zuid's herfstvakantie), moved to A on
 * Fri 24 Oct (14 days later), school again from Mon 27 Oct.
 * </ul>
 */
class SchoolCalendarMissedDaysTest {
    private static MetricContext school;
    private static MetricContext weekdays;

    @BeforeAll
    static void compute() {
        school = context(SchoolCalendar.official());
        weekdays = context(SchoolCalendar.weekdays());
    }

    private static MetricContext context(SchoolCalendar calendar) {
        return SchoolFixtures.context(calendar, "2025-10-31",
                persons(
                        person("h", "bh", "2015-01-01", false, "2025-09-01"),
                        person("z", "bz", "2015-01-01", false, "2025-06-02"),
                        person("p", "bp", "2015-01-01", false, "2025-05-01"),
                        person("l", "bl", "2015-01-01", false, "2025-09-01")),
                stays(
                        stay("h", "A", "2025-09-01", "2025-10-20"), stay("h", "A", "2025-10-27", "2025-11-01"),
                        stay("z", "N", "2025-06-02", "2025-07-14"), stay("z", "C", "2025-07-14", "2025-10-01"),
                        stay("p", "A", "2025-05-01", "2025-06-07"),
                        stay("l", "N", "2025-09-01", "2025-10-24"), stay("l", "A", "2025-10-24", "2025-11-01")),
                relocations(
                        relocation("z", "2025-07-14", "N", "C", "CAPACITEIT"),
                        relocation("l", "2025-10-24", "N", "A", "CAPACITEIT")),
                enrolments(
                        enrolled("bh", "2025-09-01", "2025-10-15"), enrolled("bh", "2025-10-29", null),
                        enrolled("bz", "2025-06-02", "2025-06-30"), enrolled("bz", "2025-09-01", null),
                        enrolled("bp", "2025-05-01", "2025-05-26"), enrolled("bp", "2025-06-02", null),
                        enrolled("bl", "2025-09-01", "2025-10-10"), enrolled("bl", "2025-10-27", null)));
    }

    @Test
    void aGapOverAWeekendAndAHolidayWeekIsOneGapWithoutTheHolidayDays() {
        // h: 15-17 Oct (3) before the holiday, 27-28 Oct (2) after: the out-of-reception days 20-24 Oct
        // are midden's herfstvakantie, no school days, so they do not break the gap: one gap of 5.
        // On weekdays those five days are out-of-scope weekdays: two gaps, of 3 and 2.
        assertEquals(List.of(
                        "h 2025-10-15 2025-10-20 3 midden 2025-10-15 OTHER",
                        "h 2025-10-27 2025-10-29 2 midden 2025-10-15 OTHER"),
                lines(school.table(SilverFactTables.MISSED_SCHOOL_INTERVALS).where("child_id = 'h'"), "child_id",
                        "interval_start", "interval_end", "missed_days", "school_region", "gap_start", "cause"));
        assertEquals(List.of("h 2025-10-15 2025-10-29 5 OTHER"), gaps(school, "h"));
        assertEquals(List.of("h 2025-10-15 2025-10-18 3 OTHER", "h 2025-10-27 2025-10-29 2 OTHER"),
                gaps(weekdays, "h"));
    }

    @Test
    void theRegionFollowsTheChildFromZuidToNoordThroughTheStaggeredSummer() {
        // z at N (zuid): 30 Jun - 4 Jul = 5 school days, zuid's summer starts 5 Jul. At C (noord) from
        // 14 Jul: noord's summer runs to 24 Aug, so 25 - 29 Aug = 5 (zuid's school started 18 Aug: ten
        // days there). One gap of 10 from 30 Jun; the move (14 Jul) is 14 days after it: RELOCATION.
        // On weekdays: 10 at N + 35 at C = 45.
        assertEquals(List.of(
                        "z 2025-06-30 2025-07-14 5 zuid NOODOPVANG",
                        "z 2025-07-14 2025-09-01 5 noord AANMELDCENTRUM"),
                lines(school.table(SilverFactTables.MISSED_SCHOOL_INTERVALS).where("child_id = 'z'"), "child_id",
                        "interval_start", "interval_end", "missed_days", "school_region", "category"));
        assertEquals(List.of("z 2025-06-30 2025-08-30 10 RELOCATION"), gaps(school, "z"));
        assertEquals(List.of("z 2025-06-30 2025-08-30 45 RELOCATION"), gaps(weekdays, "z"));
        // Months: June 21 weekdays from 2 Jun minus Tweede Pinksterdag = 20 in scope, 1 missed; July
        // 1-4 (4); at C in July no school day, so no row; August 25-29 (5); September 22, none missed.
        assertEquals(List.of(
                        "z 2025-06-01 NOODOPVANG 20 1 1",
                        "z 2025-07-01 NOODOPVANG 4 4 0",
                        "z 2025-08-01 AANMELDCENTRUM 5 5 0",
                        "z 2025-09-01 AANMELDCENTRUM 22 0 0"),
                lines(school.table(SilverFactTables.SCHOOL_DAYS_MONTHLY).where("child_id = 'z'"), "child_id", "month",
                        "category", "in_scope_days", "missed_days_relocation", "relocation_gaps"));
    }

    @Test
    void aPublicHolidayInsideAMissedWeekIsNoMissedDay() {
        // p misses Mon 26 - Fri 30 May but Thu 29 May is Hemelvaartsdag: 4 days (weekdays: 5).
        // In scope in May: 1-2 May are meivakantie and Mon 5 May Bevrijdingsdag (2025 is a lustrum),
        // so 6-9 (4) + 12-16 (5) + 19-23 (5) + 26-30 without 29 (4) = 18; June 2-6 = 5.
        assertEquals(List.of("p 2025-05-26 2025-05-31 4 OTHER"), gaps(school, "p"));
        assertEquals(List.of("p 2025-05-26 2025-05-31 5 OTHER"), gaps(weekdays, "p"));
        assertEquals(List.of("p 2025-05-01 18 4", "p 2025-06-01 5 0"),
                lines(school.table(SilverFactTables.SCHOOL_DAYS_MONTHLY).where("child_id = 'p'"), "child_id", "month",
                        "in_scope_days", "missed_days_other"));
    }

    @Test
    void theLastSchoolDayBeforeAHolidayStartsTheGapAndTheMoveWindowCountsFromIt() {
        // l misses Fri 10 Oct, then zuid's herfstvakantie (11-19 Oct), then 20-23 Oct at N (4); from
        // Fri 24 Oct at A, where midden's herfstvakantie runs to 26 Oct: nothing more. The gap starts
        // on 10 Oct, the move on 24 Oct is 14 days later: RELOCATION, 5 days.
        assertEquals(List.of("l 2025-10-10 2025-10-24 5 RELOCATION"), gaps(school, "l"));
        // On weekdays the same start, but 13-17 Oct and Fri 24 Oct at A count as well: 11 days.
        assertEquals(List.of("l 2025-10-10 2025-10-25 11 RELOCATION"), gaps(weekdays, "l"));
    }

    @Test
    void goldSaysWhichCalendarItCountedOn() {
        // (the weekday calendar's label, WEEKDAYS, is checked in common's SchoolCalendarTest)
        Dataset<Row> gold = new MissedSchoolMonthly().compute(school);
        assertEquals(List.of("SCHOOL_CALENDAR"), lines(gold.select("school_days").distinct(), "school_days"));
        assertEquals(GoldTables.MISSED_SCHOOL_MONTHLY.columnNames(), List.of(gold.columns()));
    }

    @Test
    void aSchoolYearWithoutCalendarDataIsAnErrorNamingTheYear() {
        // a child in reception into September 2028: school year 2028/2029 has no data yet
        JobFailure e = assertThrows(JobFailure.class, () -> SchoolFixtures.context(SchoolCalendar.official(),
                "2028-09-15", persons(person("x", "bx", "2015-01-01", false, "2028-06-01")),
                stays(stay("x", "A", "2028-06-01", null)), relocations(), enrolments()));
        assertTrue(e.getMessage().startsWith("no school calendar for school year 2028/2029"), e.getMessage());
    }

    private static List<String> gaps(MetricContext context, String child) {
        Dataset<Row> g = context.table(SilverFactTables.SCHOOL_GAPS).where(col("child_id").equalTo(child));
        return lines(g, "child_id", "gap_start", "gap_end", "missed_days", "cause");
    }
}
