package nl.opvangmonitor.jobs.metrics.mobility;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static nl.opvangmonitor.jobs.metrics.mobility.MobilityFixtures.context;
import static nl.opvangmonitor.jobs.metrics.mobility.MobilityFixtures.materialised;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.MonthGrid;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** amv turning 18 in reception: outcomes at B + 30 and within B + 90, and when a month is final. */
class AmvTransitionMonthlyTest {

    /** as_of 2026-06-29 or 2026-06-30: the day before and the day on which April's B + 90 is reached. */
    private static MetricContext context(String asOf) {
        return MobilityFixtures.context(asOf, "2026-01-01",
                persons(
                        person("a1", "b1", "2008-02-01", true, "2025-05-01"),   // B = 2026-02-01
                        person("a2", null, "2008-02-01", true, "2025-01-01"),   // B = 2026-02-01, unlinked
                        person("a3", "b3", "2008-04-01", true, "2025-12-01"),   // B = 2026-04-01
                        person("a4", "b4", "2008-02-01", false, "2025-01-01"),  // not amv
                        person("a5", null, "2008-03-01", true, "2025-01-01"),   // B = 2026-03-01, left on B
                        person("a6", null, "2008-06-01", true, "2025-01-01")),  // B = 2026-06-01
                stays(
                        stay("a1", "M", "2025-06-01", "2026-02-20"),
                        stay("a1", "G", "2026-02-20", null),   // gezinslocatie in Limburg
                        stay("a2", "M", "2025-01-01", null),
                        stay("a3", "N", "2026-01-01", null),
                        stay("a4", "M", "2025-01-01", null),
                        stay("a5", "M", "2025-01-01", "2026-03-01"),
                        stay("a6", "M", "2025-01-01", null)),
                relocations(),
                enrolments(
                        enrolment("b1", "GM0003", "ISK", null, "2025-09-01", "2026-02-25", "VERHUIZING"),
                        enrolment("b3", "GM0004", "ISK", null, "2025-01-01", null, null)));
    }

    @Test
    void eachOutcomeIsKnownOrNullUntilItsDayHasPassed() {
        // a1: on B+30 = Mar 3 at G (GEZINSLOCATIE): not amv reception; Limburg from Feb 20 (B+1..B+90 = Feb 2 ..
        //     May 2) differs from Utrecht on B: moved; enrolled on Jan 31, not on Mar 3 (ended Feb 25): left school.
        // a2: at M throughout: amv reception on B+30; no move and B+90 = May 2 <= as_of: false; unlinked: false.
        // a3: B+30 = May 1 at N: not amv reception; no move yet and B+90 = Jun 30 > as_of: unknown;
        //     enrolled on Mar 31 and May 1: did not leave school.
        // a4 is no amv; a5's stay ends on B (not in reception on B). a6: B+30 = Jul 1 > as_of: all unknown.
        assertEquals(List.of(
                        "a1 2026-02-01 REGULIER Utrecht true false true true",
                        "a2 2026-02-01 REGULIER Utrecht false true false false",
                        "a3 2026-04-01 NOODOPVANG Zeeland true false null false",
                        "a6 2026-06-01 REGULIER Utrecht false null null null"),
                lines(context("2026-06-29").table(SilverFactTables.AMV_TRANSITIONS), "child_id", "birthday_18", "category",
                        "provincie", "linked", "in_amv_reception_after_30d", "moved_province_within_90d",
                        "left_school_within_30d"));
    }

    @Test
    void aMonthIsFinalOnceEveryBirthdayInItIsNinetyDaysPast() {
        MetricContext beforeApril = context("2026-06-29");
        Dataset<Row> gold = materialised(AmvTransitionMonthly.transitions(beforeApril.table(SilverFactTables.AMV_TRANSITIONS),
                MonthGrid.of(beforeApril)));
        // Feb: a1 + a2 (REGULIER, Utrecht), final as Feb 1 + 90 = May 2 <= Jun 29. Apr: a3, Apr 1 + 90 = Jun 30 >
        // Jun 29: not final. Jan, Mar (a5 was not in reception on B) and May: no one, zero rows. Jun: a6.
        // Columns: month category provincie turned_18 amv_reception moved_province left_school final
        // provisional (= not final).
        assertEquals(List.of(
                        "2026-01-01 ALL ALL 0 0 0 0 true false",
                        "2026-02-01 ALL ALL 2 1 1 1 true false",
                        "2026-02-01 ALL Utrecht 2 1 1 1 true false",
                        "2026-02-01 REGULIER ALL 2 1 1 1 true false",
                        "2026-02-01 REGULIER Utrecht 2 1 1 1 true false",
                        "2026-03-01 ALL ALL 0 0 0 0 true false",
                        "2026-04-01 ALL ALL 1 0 0 0 false true",
                        "2026-04-01 ALL Zeeland 1 0 0 0 false true",
                        "2026-04-01 NOODOPVANG ALL 1 0 0 0 false true",
                        "2026-04-01 NOODOPVANG Zeeland 1 0 0 0 false true",
                        "2026-05-01 ALL ALL 0 0 0 0 false true",
                        "2026-06-01 ALL ALL 1 0 0 0 false true",
                        "2026-06-01 ALL Utrecht 1 0 0 0 false true",
                        "2026-06-01 REGULIER ALL 1 0 0 0 false true",
                        "2026-06-01 REGULIER Utrecht 1 0 0 0 false true"),
                lines(gold, "month", "category", "provincie", "turned_18", "in_amv_reception_after_30d",
                        "moved_province_within_90d", "left_school_within_30d", "final", "provisional"));

        // One day later April's B + 90 = Jun 30 has come: April is final.
        MetricContext onApril90 = context("2026-06-30");
        assertEquals(List.of("2026-04-01 true false"), lines(AmvTransitionMonthly.transitions(
                        onApril90.table(SilverFactTables.AMV_TRANSITIONS), MonthGrid.of(onApril90))
                .where("month = DATE'2026-04-01' AND category = 'ALL' AND provincie = 'ALL'"), "month", "final",
                "provisional"));
    }
}
