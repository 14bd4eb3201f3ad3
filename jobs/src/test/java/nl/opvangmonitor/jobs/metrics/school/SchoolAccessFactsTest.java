package nl.opvangmonitor.jobs.metrics.school;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static nl.opvangmonitor.jobs.metrics.school.SchoolFixtures.enrolled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** School-access cohort facts on as_of 30 Sep 2026: term switch, first school day, the six statuses, the place. */
class SchoolAccessFactsTest {
    private static Dataset<Row> facts;

    @BeforeAll
    static void compute() {
        MetricContext context = SchoolFixtures.context("2026-09-30",
                persons(
                        person("j11", "bj11", "2016-01-01", false, "2026-06-11"),
                        person("j12", "bj12", "2016-01-01", false, "2026-06-12"),
                        person("pre", "bpre", "2014-06-01", false, "2025-03-10"),
                        person("endsOnA", "bend", "2014-06-01", false, "2025-03-10"),
                        person("left", "bleft", "2012-02-01", true, "2026-03-02"),
                        person("unl", null, "2012-02-01", true, "2026-01-05"),
                        person("wait", "bwait", "2012-02-01", false, "2026-09-01"),
                        person("over", "bover", "2012-02-01", false, "2026-01-05"),
                        person("ovl", "bovl", "2012-02-01", false, "2025-10-01"),
                        person("late", "blate", "2012-02-01", false, "2026-01-05"),
                        person("young", "byoung", "2022-01-01", false, "2026-03-01"),
                        person("adult", "badult", "2008-01-01", true, "2026-02-01"),
                        person("seventeen", null, "2008-03-01", true, "2026-02-01"),
                        person("five", "bfive", "2021-03-01", false, "2026-03-01"),
                        person("future", "bfuture", "2012-02-01", false, "2026-10-01")),
                stays(
                        stay("j11", "C", "2026-06-11", null),
                        stay("j12", "C", "2026-06-12", null),
                        stay("pre", "A", "2025-03-10", null),
                        stay("endsOnA", "A", "2025-03-10", null),
                        stay("left", "C", "2026-03-02", "2026-04-01"),
                        stay("unl", "N", "2026-01-05", null),
                        stay("wait", "N", "2026-09-01", null),
                        stay("over", "C", "2026-01-05", "2026-01-20"), stay("over", "N", "2026-01-20", null),
                        stay("ovl", "A", "2025-10-01", "2026-06-01"), stay("ovl", "N", "2025-12-01", "2026-01-15"),
                        stay("late", "N", "2026-05-01", null),
                        stay("young", "A", "2026-03-01", null),
                        stay("adult", "A", "2026-02-01", null),
                        stay("seventeen", "A", "2026-02-01", null),
                        stay("five", "A", "2026-03-01", null),
                        stay("future", "C", "2026-10-01", null)),
                relocations(),
                enrolments(
                        enrolled("bj11", "2026-09-01", null),
                        enrolled("bj12", "2026-09-01", null),
                        enrolled("bpre", "2025-01-06", null),
                        enrolled("bend", "2024-09-02", "2025-03-10"), enrolled("bend", "2025-06-02", null),
                        enrolled("bwait", "2026-10-05", null)));
        facts = context.table(SilverFactTables.SCHOOL_ACCESS_FACTS);
    }

    @Test
    void theTermIs90DaysForAnApplicationOn11June2026And60DaysFrom12June() {
        // j11: A = 11 Jun 2026 < 12 Jun: N = 90, D = 11 Jun + 90 = 9 Sep; F = 1 Sep = A + 82 <= D: in time.
        // j12: A = 12 Jun 2026: N = 60, D = 12 Jun + 60 = 11 Aug; F = 1 Sep = A + 81 > D: late.
        assertEquals(List.of(
                        "j11 90 2026-09-09 2026-09-01 82 false ENROLLED_IN_TIME",
                        "j12 60 2026-08-11 2026-09-01 81 false ENROLLED_LATE"),
                select(List.of("j11", "j12"), "child_id", "term_days", "deadline", "first_school_day", "days_to_school",
                        "within_42_days", "status"));
    }

    @Test
    void anEnrolmentStartedBeforeTheApplicationGivesFEqualToA() {
        // pre: enrolled since 6 Jan 2025, applied 10 Mar 2025: F = max(6 Jan, 10 Mar) = A, 0 days.
        // endsOnA: the enrolment ending on A itself does not end after A; the next starts 2 Jun:
        // F = 2 Jun = 10 Mar + 84 <= D = 10 Mar + 90 = 8 Jun, in time but not within 42 days.
        assertEquals(List.of(
                        "endsOnA 2025-06-02 84 false ENROLLED_IN_TIME REGULIER Utrecht",
                        "pre 2025-03-10 0 true ENROLLED_IN_TIME REGULIER Utrecht"),
                select(List.of("pre", "endsOnA"), "child_id", "first_school_day", "days_to_school", "within_42_days",
                        "status", "category", "provincie"));
    }

    @Test
    void eachStatusWithThePlaceOnTheDeadlineOrAsOf() {
        // left: D = 2 Mar + 90 = 31 May; out of reception since 1 Apr: LEFT, placed at its last stay (C).
        // unl: no bsn: UNLINKED, never waiting or overdue.
        // wait: A = 1 Sep 2026, D = 31 Oct > as_of, in reception on as_of; the enrolment of 5 Oct
        // lies after as_of and does not count: WAITING_IN_TERM.
        // over: D = 5 Jan + 90 = 5 Apr, at N then: OVERDUE at NOODOPVANG.
        // ovl: overlapping stays A (from 1 Oct 2025) and N (1 Dec - 15 Jan); on D = 30 Dec N wins:
        // OVERDUE at NOODOPVANG, though no longer in reception on as_of.
        // late: first stay starts 1 May, after D = 5 Apr: not in reception on D (LEFT), no stay
        // began before it: place ONBEKEND.
        // five: 5 on A = 1 Mar 2026 (birth month Mar 2021), D = 30 May: OVERDUE, band 5-11.
        // seventeen: 17 on A (birth month Mar 2008, A 1 Feb 2026), unlinked, band 12-17.
        assertEquals(List.of(
                        "five OVERDUE REGULIER Utrecht 5-11 true true",
                        "late LEFT ONBEKEND ONBEKEND 12-17 true true",
                        "left LEFT AANMELDCENTRUM Groningen 12-17 false true",
                        "over OVERDUE NOODOPVANG Zeeland 12-17 true true",
                        "ovl OVERDUE NOODOPVANG Zeeland 12-17 false true",
                        "seventeen UNLINKED REGULIER Utrecht 12-17 true false",
                        "unl UNLINKED NOODOPVANG Zeeland 12-17 true false",
                        "wait WAITING_IN_TERM NOODOPVANG Zeeland 12-17 true true"),
                select(List.of("left", "unl", "wait", "over", "ovl", "late", "five", "seventeen"), "child_id", "status",
                        "category", "provincie", "age_band", "in_reception_on_as_of", "linked"));
    }

    @Test
    void theCohortIsAged5To17OnAnApplicationOnOrBeforeAsOf() {
        // young (4 on A), adult (18 on A) and future (A after as_of) are not in the cohort.
        assertEquals(List.of("endsOnA", "five", "j11", "j12", "late", "left", "over", "ovl", "pre", "seventeen",
                "unl", "wait"), lines(facts, "child_id"));
        assertEquals(SilverFactTables.SCHOOL_ACCESS_FACTS.columnNames(), List.of(facts.columns()));
    }

    /** The given columns of the given children's facts, as sorted lines. */
    private static List<String> select(List<String> children, String... columns) {
        return lines(facts.where(org.apache.spark.sql.functions.col("child_id").isin(children.toArray())), columns);
    }
}
