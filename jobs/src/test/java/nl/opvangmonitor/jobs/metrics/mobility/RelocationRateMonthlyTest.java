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

/** Child-days cut at months and birthdays, moves per 1,000 days, the 3-moves-in-365-days window at its ends. */
class RelocationRateMonthlyTest {

    private static Dataset<Row> rates(MetricContext context) {
        return materialised(RelocationRateMonthly.rates(context.table(SilverFactTables.RESIDENCE_SEGMENTS),
                context.table(SilverFactTables.MOVES), MonthGrid.of(context)));
    }

    @Test
    void childDaysAreCutAtMonthBoundariesAndAtBirthdays() {
        MetricContext context = context("2024-02-29", "2024-01-01",
                persons(
                        person("p1", "b1", "2015-03-01", false, "2024-01-10"),  // 8: band 4-11
                        person("p2", "b2", "2012-02-01", false, "2023-12-01"),  // turns 12 on 2024-02-01
                        person("p3", null, "2006-02-01", true, "2023-12-01"),   // turns 18 on 2024-02-01
                        person("p4", "b4", "2015-03-01", false, "2024-01-01")), // 8: band 4-11
                stays(
                        stay("p1", "N", "2024-01-10", "2024-01-20"),  // starts and ends inside January
                        stay("p2", "A", "2024-01-25", "2024-02-05"),
                        stay("p3", "A", "2024-01-30", null),
                        stay("p4", "N", "2024-01-01", "2024-01-05"),  // two categories in one month
                        stay("p4", "A", "2024-01-05", "2024-01-08")));
        // p1: Jan 10 .. Jan 19 = 20 − 10 = 10 days in NOODOPVANG, 4-11.
        // p2: Jan 25 .. Jan 31 = 7 days aged 11 (4-11); Feb 1 .. Feb 4 = 4 days aged 12 (12-17).
        // p3: Jan 30, 31 = 2 days aged 17 (12-17); from Feb 1 an adult: no child-days.
        // p4: Jan 1 .. 4 = 4 days in NOODOPVANG, Jan 5 .. 7 = 3 days in REGULIER, both 4-11: one child in
        //     each category, but one child (not two) in the totals over categories.
        // Month-end Jan 31: p2 (REGULIER, 4-11) and p3 (REGULIER, 12-17); Feb 29: nobody (p2 left, p3 adult).
        // Columns: month category age_band child_days children_present children_at_month_end.
        assertEquals(List.of(
                        "2024-01-01 ALL 12-17 2 1 1",
                        "2024-01-01 ALL 4-11 24 3 1",     // 10 + 7 + 4 + 3; p1, p2, p4
                        "2024-01-01 ALL ALL 26 4 2",      // 24 + 2; p1 .. p4
                        "2024-01-01 NOODOPVANG 4-11 14 2 0",
                        "2024-01-01 NOODOPVANG ALL 14 2 0",
                        "2024-01-01 REGULIER 12-17 2 1 1",
                        "2024-01-01 REGULIER 4-11 10 2 1",
                        "2024-01-01 REGULIER ALL 12 3 2",
                        "2024-02-01 ALL 12-17 4 1 0",
                        "2024-02-01 ALL ALL 4 1 0",
                        "2024-02-01 REGULIER 12-17 4 1 0",
                        "2024-02-01 REGULIER ALL 4 1 0"),
                lines(rates(context).where("amv = 'ALL'"), "month", "category", "age_band", "child_days",
                        "children_present", "children_at_month_end"));
    }

    @Test
    void movesPerThousandDaysAndThreeMovesInTheWindowEndingOnMonthEnd() {
        // Month-end 2025-06-30: the window is 2024-07-01 (e − 364) .. 2025-06-30 (e), 365 days.
        MetricContext context = context("2025-07-31", "2025-05-01",
                persons(
                        person("q1", "b1", "2012-01-01", false, "2024-01-01"),
                        person("q2", "b2", "2012-01-01", false, "2024-01-01")),
                stays(
                        stay("q1", "A", "2024-01-01", null),
                        stay("q2", "A", "2024-01-01", null)),
                relocations(
                        relocation("q1", "2024-07-01", "A", "A2", "CAPACITEIT"),   // e − 364: inside
                        relocation("q1", "2025-01-15", "A2", "A", "CAPACITEIT"),
                        relocation("q1", "2025-06-30", "A", "A2", "CAPACITEIT"),   // e: inside
                        relocation("q2", "2024-06-30", "A", "A2", "CAPACITEIT"),   // e − 365: outside
                        relocation("q2", "2025-01-15", "A2", "A", "CAPACITEIT"),
                        relocation("q2", "2025-06-15", "C", "A", "CAPACITEIT"),    // intake: no move
                        relocation("q2", "2025-06-30", "A", "A2", "CAPACITEIT")),
                enrolments());
        // q1: May 31 window 2024-06-01 .. 2025-05-31 holds 2 moves; Jun 30 holds 3 (2024-07-01, 2025-01-15,
        //     2025-06-30); Jul 31 window 2024-08-01 .. 2025-07-31 holds 2. q2: never more than 2 moves.
        // child_days: May 2 × 31 = 62, Jun 2 × 30 = 60, Jul 2 × 31 = 62. moves_out in June: 2 (the intake
        // placement is none): 2 / 60 × 1000 = 33.333...
        // Columns: month child_days moves_out moves_per_1000_days children_at_month_end children_3plus_moves_12m.
        List<String> expected = List.of(
                "2025-05-01 62 0 0.0 2 0",
                "2025-06-01 60 2 33.333333333333336 2 1",
                "2025-07-01 62 0 0.0 2 0");
        Dataset<Row> gold = rates(context);
        String allCells = "category = 'ALL' AND amv = 'ALL' AND age_band = 'ALL'";
        assertEquals(expected, lines(gold.where(allCells), "month", "child_days", "moves_out",
                "moves_per_1000_days", "children_at_month_end", "children_3plus_moves_12m"));
        // The same in the finest cell (REGULIER, N, 12-17): both children are 13 throughout.
        assertEquals(expected, lines(gold.where("category = 'REGULIER' AND amv = 'N' AND age_band = '12-17'"),
                "month", "child_days", "moves_out", "moves_per_1000_days", "children_at_month_end",
                "children_3plus_moves_12m"));
    }
}
