package nl.opvangmonitor.jobs.metrics.school;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static nl.opvangmonitor.jobs.metrics.school.SchoolFixtures.enrolled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the weekday calendar ({@code --school-days weekdays}): monthly attribution of in-scope and
 * missed weekdays (split at month ends, the 12th birthday and
 * location changes) and the gold totals, on Sep/Oct 2025 with as_of Fri 31 Oct 2025 (September
 * has 22 weekdays, October 23; Wed 1 Oct, Mon 6 and 13 Oct).
 * <ul>
 * <li>m: turns 12 on 1 Oct (birth month Oct 2013); at N until Mon 6 Oct, then A (a move on 6 Oct);
 * school ends Wed 24 Sep, a new one starts Mon 13 Oct: one gap from 24 Sep, 12 days before the
 * move, so RELOCATION: 24-26 + 29-30 Sep (5, N, 5-11), 1-3 Oct (3, N, 12-17), 6-10 Oct (5, A, 12-17).
 * <li>o: never enrolled (all INITIAL), overlapping stays: A 1-12 Sep (10), N 15-26 Sep (10),
 * A 29-30 Sep (2) and October (23).
 * <li>u: amv, no bsn, at N from 1 Sep: unlinked, 22 + 23 days in scope, not measured.
 * </ul>
 */
class MissedSchoolMonthlyTest {
    private static MetricContext context;

    @BeforeAll
    static void compute() {
        context = SchoolFixtures.context("2025-10-31",
                persons(
                        person("m", "bm", "2013-10-01", false, "2025-09-01"),
                        person("o", "bo", "2015-01-01", false, "2025-09-01"),
                        person("u", null, "2014-06-01", true, "2025-09-01")),
                stays(
                        stay("m", "N", "2025-09-01", "2025-10-06"), stay("m", "A", "2025-10-06", null),
                        stay("o", "A", "2025-09-01", null), stay("o", "N", "2025-09-15", "2025-09-29"),
                        stay("u", "N", "2025-09-01", null)),
                relocations(relocation("m", "2025-10-06", "N", "A", "SLUITING_LOCATIE")),
                enrolments(enrolled("bm", "2025-09-01", "2025-09-24"), enrolled("bm", "2025-10-13", null)));
    }

    @Test
    void daysAreSplitByMonthAgeBandAndPlaceAndTheRelocationGapCountsInItsStartMonth() {
        assertEquals(List.of(
                        "m 2025-09-01 NOODOPVANG 5-11 true 22 0 5 0 1",
                        "m 2025-10-01 NOODOPVANG 12-17 true 3 0 3 0 0",
                        "m 2025-10-01 REGULIER 12-17 true 20 0 5 0 0",
                        "o 2025-09-01 NOODOPVANG 5-11 true 10 10 0 0 0",
                        "o 2025-09-01 REGULIER 5-11 true 12 12 0 0 0",
                        "o 2025-10-01 REGULIER 5-11 true 23 23 0 0 0",
                        "u 2025-09-01 NOODOPVANG 5-11 false 22 0 0 0 0",
                        "u 2025-10-01 NOODOPVANG 5-11 false 23 0 0 0 0"),
                lines(context.table(SilverFactTables.SCHOOL_DAYS_MONTHLY), "child_id", "month", "category", "age_band", "linked",
                        "in_scope_days", "missed_days_initial", "missed_days_relocation", "missed_days_other",
                        "relocation_gaps"));
        assertEquals(SilverFactTables.SCHOOL_DAYS_MONTHLY.columnNames(), List.of(context.table(SilverFactTables.SCHOOL_DAYS_MONTHLY).columns()));
    }

    @Test
    void goldCountsChildrenOnceInATotalAndReportsUnlinkedChildrenApart() {
        Dataset<Row> gold = new MissedSchoolMonthly().compute(context);
        Lake.asDeclared(gold, GoldTables.MISSED_SCHOOL_MONTHLY).schema();
        // Columns: month category amv | school_age_children children_missing initial relocation
        // other relocation_gaps children_with_relocation_gap unlinked_children (provincie, age band ALL).
        // September: N/amv N = m + o (2 children, 10 initial of o, 5 relocation of m, m's gap);
        // REGULIER = o (12 initial); o is in both categories but counted once in ALL.
        // October: m is at N and at A (3 + 5 relocation days), counted once in ALL; o 23 initial.
        assertEquals(List.of(
                        "2025-09-01 ALL ALL 2 2 22 5 0 1 1 1",
                        "2025-09-01 ALL J 0 0 0 0 0 0 0 1",
                        "2025-09-01 ALL N 2 2 22 5 0 1 1 0",
                        "2025-09-01 NOODOPVANG ALL 2 2 10 5 0 1 1 1",
                        "2025-09-01 NOODOPVANG J 0 0 0 0 0 0 0 1",
                        "2025-09-01 NOODOPVANG N 2 2 10 5 0 1 1 0",
                        "2025-09-01 REGULIER ALL 1 1 12 0 0 0 0 0",
                        "2025-09-01 REGULIER N 1 1 12 0 0 0 0 0",
                        "2025-10-01 ALL ALL 2 2 23 8 0 0 0 1",
                        "2025-10-01 ALL J 0 0 0 0 0 0 0 1",
                        "2025-10-01 ALL N 2 2 23 8 0 0 0 0",
                        "2025-10-01 NOODOPVANG ALL 1 1 0 3 0 0 0 1",
                        "2025-10-01 NOODOPVANG J 0 0 0 0 0 0 0 1",
                        "2025-10-01 NOODOPVANG N 1 1 0 3 0 0 0 0",
                        "2025-10-01 REGULIER ALL 2 2 23 5 0 0 0 0",
                        "2025-10-01 REGULIER N 2 2 23 5 0 0 0 0"),
                lines(gold.where("month >= '2025-09-01' and provincie = 'ALL' and age_band = 'ALL'"), "month",
                        "category", "amv", "school_age_children", "children_missing", "missed_days_initial",
                        "missed_days_relocation", "missed_days_other", "relocation_gaps",
                        "children_with_relocation_gap", "unlinked_children"));
        // The grid starts in January 2024 (the fixture's first month): the 20 months up to August 2025 have no
        // school-age child in reception, so each has one all-ALL row of zeros, counted on the same calendar and
        // final (metrics.md: monthly tables cover every month). October, the month of as_of, is provisional.
        Dataset<Row> empty = gold.where("month < '2025-09-01'");
        assertEquals(20, empty.count());
        assertEquals(List.of("ALL ALL ALL ALL 0 0 0 0 0 0 0 0 WEEKDAYS false"),
                lines(empty.drop("month").distinct(), "category", "provincie", "amv", "age_band",
                        "school_age_children", "children_missing", "missed_days_initial", "missed_days_relocation",
                        "missed_days_other", "relocation_gaps", "children_with_relocation_gap", "unlinked_children",
                        "school_days", "provisional"));
        assertEquals(List.of("2025-09-01 false", "2025-10-01 true"),
                lines(gold.where("month >= '2025-09-01'").select("month", "provisional").distinct(), "month",
                        "provisional"));
        // By age band in October (all categories): m alone is 12-17 (3 + 5 relocation days), o and u are 5-11.
        assertEquals(List.of(
                        "12-17 1 1 0 8 0",
                        "5-11 1 1 23 0 1"),
                lines(gold.where("month = '2025-10-01' and category = 'ALL' and provincie = 'ALL' and amv = 'ALL' "
                                + "and age_band <> 'ALL'"), "age_band", "school_age_children", "children_missing",
                        "missed_days_initial", "missed_days_relocation", "unlinked_children"));
    }
}
