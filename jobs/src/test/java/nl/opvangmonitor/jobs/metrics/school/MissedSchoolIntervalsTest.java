package nl.opvangmonitor.jobs.metrics.school;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static nl.opvangmonitor.jobs.metrics.school.SchoolFixtures.enrolled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the weekday calendar ({@code --school-days weekdays}, every weekday a school day):
 * missed school intervals and gaps, hand-computed on the calendar of September/October 2025
 * (Mon 1 Sep, Mon 29 Sep, Wed 1 Oct, Mon 6/13/20/27 Oct; as_of Fri 31 Oct 2025). Every child
 * applied on Mon 1 Sep 2025 unless noted; September has 22 weekdays, October 23.
 */
class MissedSchoolIntervalsTest {
    private static MetricContext context;

    @BeforeAll
    static void compute() {
        context = SchoolFixtures.context("2025-10-31",
                persons(
                        person("w", "bw", "2015-01-01", false, "2025-09-01"),
                        person("w2", "bw2", "2015-01-01", false, "2025-09-01"),
                        person("r14", "br14", "2015-01-01", false, "2025-09-01"),
                        person("r15", "br15", "2015-01-01", false, "2025-09-01"),
                        person("ri", "bri", "2015-01-01", false, "2025-09-01"),
                        person("e", "be", "2007-10-01", true, "2025-09-01"),
                        person("i", "bi", "2016-05-01", false, "2025-09-10"),
                        person("n", "bn", "2016-05-01", false, "2025-10-20"),
                        person("o", "bo", "2015-01-01", false, "2025-09-01"),
                        person("y", "by", "2020-10-01", false, "2025-09-01"),
                        person("u", null, "2015-01-01", true, "2025-09-01")),
                stays(
                        // w: out of reception over the weekend of 11-12 Oct only; w2 also on Mon 13 Oct
                        stay("w", "A", "2025-09-01", "2025-10-11"), stay("w", "N", "2025-10-13", null),
                        stay("w2", "A", "2025-09-01", "2025-10-11"), stay("w2", "N", "2025-10-14", null),
                        stay("r14", "A", "2025-09-01", "2025-10-01"), stay("r14", "N", "2025-10-01", null),
                        stay("r15", "A", "2025-09-01", "2025-10-01"), stay("r15", "N", "2025-10-01", null),
                        stay("ri", "C", "2025-09-01", "2025-10-01"), stay("ri", "A", "2025-10-01", null),
                        stay("e", "A", "2025-09-01", null),
                        stay("i", "A", "2025-09-10", null),
                        stay("n", "A", "2025-10-20", null),
                        // o: overlapping stays, N (later instroom) wins 15-28 Sep
                        stay("o", "A", "2025-09-01", null), stay("o", "N", "2025-09-15", "2025-09-29"),
                        stay("y", "A", "2025-09-01", null),
                        stay("u", "N", "2025-09-01", null)),
                relocations(
                        relocation("r14", "2025-10-01", "A", "N", "SLUITING_LOCATIE"),
                        relocation("r15", "2025-10-01", "A", "N", "SLUITING_LOCATIE"),
                        relocation("ri", "2025-10-01", "C", "A", "CAPACITEIT")),
                enrolments(
                        enrolled("bw", "2025-09-01", "2025-10-08"), enrolled("bw", "2025-10-20", null),
                        enrolled("bw2", "2025-09-01", "2025-10-08"), enrolled("bw2", "2025-10-20", null),
                        enrolled("br14", "2025-09-01", "2025-10-15"), enrolled("br14", "2025-10-27", null),
                        enrolled("br15", "2025-09-01", "2025-10-16"), enrolled("br15", "2025-10-27", null),
                        enrolled("bri", "2025-09-01", "2025-10-01"), enrolled("bri", "2025-10-13", null),
                        enrolled("be", "2025-09-01", "2025-09-22"),
                        enrolled("bi", "2025-10-06", null),
                        // y goes to school at age 4 (F = 8 Sep), turns 5 on 1 Oct with no school
                        enrolled("by", "2025-09-08", "2025-09-19")));
    }

    @Test
    void aGapSpanningAWeekendOutOfReceptionStaysOneGapAndAnOutOfScopeWeekdayBreaksIt() {
        // w: missed Wed 8 - Fri 10 Oct at A (3), then Mon 13 - Fri 17 Oct at N (5): only Sat/Sun
        // 11-12 Oct lie between, so one gap of 3 + 5 = 8 days starting 8 Oct.
        // w2: Mon 13 Oct is out of reception (a weekday out of scope): gaps of 3 and 14-17 Oct = 4.
        assertEquals(List.of(
                        "w 2025-10-08 2025-10-11 3 REGULIER 5-11 2025-10-08 OTHER",
                        "w 2025-10-13 2025-10-20 5 NOODOPVANG 5-11 2025-10-08 OTHER",
                        "w2 2025-10-08 2025-10-11 3 REGULIER 5-11 2025-10-08 OTHER",
                        "w2 2025-10-14 2025-10-20 4 NOODOPVANG 5-11 2025-10-14 OTHER"),
                lines(context.table(SilverFactTables.MISSED_SCHOOL_INTERVALS).where("child_id in ('w', 'w2')"),
                        "child_id", "interval_start", "interval_end", "missed_days", "category", "age_band",
                        "gap_start", "cause"));
        assertEquals(List.of(
                        "w 2025-10-08 2025-10-18 8 OTHER REGULIER",
                        "w2 2025-10-08 2025-10-11 3 OTHER REGULIER",
                        "w2 2025-10-14 2025-10-18 4 OTHER NOODOPVANG"),
                gaps("w", "w2"));
    }

    @Test
    void aGapStarting14DaysAfterAMoveIsARelocationGapAnd15DaysIsNotNorIsAnIntakePlacement() {
        // r14: moved 1 Oct, school ends 15 Oct (|1 Oct - 15 Oct| = 14): RELOCATION, missed
        // 15-17 Oct (3) + 20-24 Oct (5) = 8 until the new school on 27 Oct.
        // r15: school ends 16 Oct (15 days after the move): OTHER, 16-17 (2) + 20-24 (5) = 7.
        // ri: relocation out of the aanmeldcentrum on 1 Oct is the intake placement, not a move:
        // OTHER, 1-3 Oct (3) + 6-10 Oct (5) = 8.
        assertEquals(List.of(
                        "r14 2025-10-15 2025-10-25 8 RELOCATION NOODOPVANG",
                        "r15 2025-10-16 2025-10-25 7 OTHER NOODOPVANG",
                        "ri 2025-10-01 2025-10-11 8 OTHER REGULIER"),
                gaps("r14", "r15", "ri"));
        assertEquals(List.of("r14 0 8 0", "r15 0 0 7"),
                lines(context.table(SilverFactTables.SCHOOL_GAPS).where("child_id in ('r14', 'r15')"), "child_id",
                        "missed_days_initial", "missed_days_relocation", "missed_days_other"));
    }

    @Test
    void aChildTurning18InsideAGapStopsMissingSchoolOnTheBirthday() {
        // e turns 18 on Wed 1 Oct 2025 (birth month Oct 2007); school ended Mon 22 Sep:
        // missed 22-26 Sep (5) + 29-30 Sep (2) = 7, the gap ends with school age.
        assertEquals(List.of("e 2025-09-22 2025-10-01 7 OTHER REGULIER 12-17"),
                lines(context.table(SilverFactTables.SCHOOL_GAPS).where("child_id = 'e'"), "child_id", "gap_start", "gap_end",
                        "missed_days", "cause", "category", "age_band"));
    }

    @Test
    void daysBeforeTheFirstSchoolDayAreInitialAndOpenStaysAndEnrolmentsRunThroughAsOf() {
        // i: applied Wed 10 Sep, open enrolment from Mon 6 Oct covers everything to as_of:
        // 10-12 Sep (3) + 15-19, 22-26, 29 Sep-3 Oct (15) = 18 INITIAL days.
        // n: applied Mon 20 Oct, open stay, no school: 20-24 + 27-31 Oct = 10, as_of itself included.
        // y: F = 8 Sep at age 4; school age from 1 Oct, never enrolled again: all 23 October
        // weekdays missed, after F, so OTHER.
        assertEquals(List.of(
                        "i 2025-09-10 2025-10-04 18 18 INITIAL",
                        "n 2025-10-20 2025-11-01 10 10 INITIAL",
                        "y 2025-10-01 2025-11-01 23 0 OTHER"),
                lines(context.table(SilverFactTables.SCHOOL_GAPS).where("child_id in ('i', 'n', 'y')"), "child_id", "gap_start",
                        "gap_end", "missed_days", "missed_days_initial", "cause"));
    }

    @Test
    void overlappingStaysAttributeMissedDaysToTheLaterInstroomAndUnlinkedChildrenHaveNoGaps() {
        // o, never enrolled: A 1-12 Sep (10), N 15-26 Sep (10), A 29 Sep - 31 Oct (2 + 23 = 25):
        // one INITIAL gap of 45 days. u has no bsn: not measured, no rows.
        assertEquals(List.of(
                        "o 2025-09-01 2025-09-15 10 REGULIER",
                        "o 2025-09-15 2025-09-29 10 NOODOPVANG",
                        "o 2025-09-29 2025-11-01 25 REGULIER"),
                lines(context.table(SilverFactTables.MISSED_SCHOOL_INTERVALS).where("child_id in ('o', 'u')"), "child_id",
                        "interval_start", "interval_end", "missed_days", "category"));
        assertEquals(List.of("o 2025-09-01 2025-11-01 45 INITIAL REGULIER"), gaps("o", "u"));
    }

    @Test
    void theFactsHaveTheirDeclaredColumns() {
        assertEquals(SilverFactTables.MISSED_SCHOOL_INTERVALS.columnNames(),
                List.of(context.table(SilverFactTables.MISSED_SCHOOL_INTERVALS).columns()));
        assertEquals(SilverFactTables.SCHOOL_GAPS.columnNames(), List.of(context.table(SilverFactTables.SCHOOL_GAPS).columns()));
        Lake.asDeclared(context.table(SilverFactTables.SCHOOL_GAPS), SilverFactTables.SCHOOL_GAPS).schema();
    }

    private static List<String> gaps(String... children) {
        Dataset<Row> g = context.table(SilverFactTables.SCHOOL_GAPS)
                .where(org.apache.spark.sql.functions.col("child_id").isin((Object[]) children));
        return lines(g, "child_id", "gap_start", "gap_end", "missed_days", "cause", "category");
    }
}
