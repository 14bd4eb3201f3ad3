package nl.opvangmonitor.jobs.metrics.school;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static nl.opvangmonitor.jobs.metrics.MetricFixtures.lines;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.testing.Frames;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** gold.school_access from hand-written cohort facts: status counts, median/p90 over the enrolled, pct_in_time, ALL rows. */
class SchoolAccessTest {
    private static Dataset<Row> gold;

    @BeforeAll
    static void aggregate() {
        Dataset<Row> facts = Frames.frame(SilverFactTables.SCHOOL_ACCESS_FACTS.schema(),
                fact("c1", "2026-01-01", "NOODOPVANG", "Zeeland", false, "5-11", SchoolStatus.ENROLLED_IN_TIME, 10),
                fact("c2", "2026-01-01", "NOODOPVANG", "Zeeland", false, "5-11", SchoolStatus.ENROLLED_IN_TIME, 20),
                fact("c3", "2026-01-01", "NOODOPVANG", "Zeeland", false, "12-17", SchoolStatus.ENROLLED_LATE, 100),
                fact("c4", "2026-01-01", "REGULIER", "Utrecht", true, "12-17", SchoolStatus.ENROLLED_IN_TIME, 40),
                fact("c5", "2026-01-01", "REGULIER", "Utrecht", true, "12-17", SchoolStatus.OVERDUE, null),
                fact("c6", "2026-01-01", "NOODOPVANG", "Zeeland", true, "5-11", SchoolStatus.UNLINKED, null),
                fact("c7", "2026-01-01", "NOODOPVANG", "Zeeland", false, "5-11", SchoolStatus.WAITING_IN_TERM, null),
                fact("c8", "2026-01-01", "REGULIER", "Utrecht", false, "5-11", SchoolStatus.LEFT, null),
                fact("c9", "2023-12-01", "REGULIER", "Utrecht", false, "5-11", SchoolStatus.ENROLLED_IN_TIME, 5),
                fact("c10", "2026-02-01", "NOODOPVANG", "Zeeland", false, "5-11", SchoolStatus.WAITING_IN_TERM,
                        null));
        gold = SchoolAccess.aggregate(facts, lit(java.sql.Date.valueOf("2024-01-01")),
                lit(java.sql.Date.valueOf("2026-05-01")));
    }

    @Test
    void statusCountsMediansAndShareInTimeForEveryTotal() {
        // Columns: category amv | children unlinked in_time late waiting overdue left within_42
        // median p90 pct_in_time (provincie and age band ALL; c9's cohort lies before the first month).
        // Days to school over the enrolled only, percentile with linear interpolation:
        //   ALL: [10, 20, 40, 100]: median (20 + 40) / 2 = 30; p90 at position 3 x 0.9 = 2.7: 40 + 0.7 x 60 = 82.
        //   NOODOPVANG (amv N and ALL): [10, 20, 100]: median 20; p90 at 1.8: 20 + 0.8 x 80 = 84.
        //   amv J, REGULIER: [40].
        // pct_in_time = in_time / (in_time + late + overdue) x 100: ALL 3 / 5 = 60; NOODOPVANG 2 / 3 = 66.67;
        // REGULIER and amv J 1 / 2 = 50; null where the base is 0.
        assertEquals(List.of(
                        "ALL ALL 8 1 3 1 1 1 1 3 30.0 82.0 60.0",
                        "ALL J 3 1 1 0 0 1 0 1 40.0 40.0 50.0",
                        "ALL N 5 0 2 1 1 0 1 2 20.0 84.0 66.67",
                        "NOODOPVANG ALL 5 1 2 1 1 0 0 2 20.0 84.0 66.67",
                        "NOODOPVANG J 1 1 0 0 0 0 0 0 null null null",
                        "NOODOPVANG N 4 0 2 1 1 0 0 2 20.0 84.0 66.67",
                        "REGULIER ALL 3 0 1 0 0 1 1 1 40.0 40.0 50.0",
                        "REGULIER J 2 0 1 0 0 1 0 1 40.0 40.0 50.0",
                        "REGULIER N 1 0 0 0 0 0 1 0 null null null"),
                lines(gold.where("cohort_month = '2026-01-01' and provincie = 'ALL' and age_band = 'ALL'"),
                        "category", "amv", "children", "unlinked", "enrolled_in_time", "enrolled_late",
                        "waiting_in_term", "overdue", "left", "within_42_days", "round(median_days_to_school, 6)",
                        "round(p90_days_to_school, 6)", "round(pct_in_time, 2)"));
    }

    @Test
    void onlyCohortsFromTheFirstReportingMonthAndEveryDimensionTotalled() {
        assertEquals(List.of("2026-01-01", "2026-02-01"),
                lines(gold.select("cohort_month").distinct(), "cohort_month"));
        // c10 alone in February 2026, in 2^4 = 16 grouping sets: one row each.
        assertEquals(16, gold.where("cohort_month = '2026-02-01'").count());
        // By age band and provincie in January: 5-11 = c1, c2, c6, c7, c8; 12-17 = c3, c4, c5.
        assertEquals(List.of("12-17 ALL 3", "12-17 Utrecht 2", "12-17 Zeeland 1", "5-11 ALL 5", "5-11 Utrecht 1",
                        "5-11 Zeeland 4"),
                lines(gold.where("cohort_month = '2026-01-01' and category = 'ALL' and amv = 'ALL' "
                        + "and age_band <> 'ALL'"), "age_band", "provincie", "children"));
        // On as_of 2026-05-01 January's latest deadline (Jan 31 + 90 = May 1) has come, February's
        // (Feb 28 + 90 = May 29) has not.
        assertEquals(List.of("2026-01-01 false", "2026-02-01 true"),
                lines(gold.select("cohort_month", "provisional").distinct(), "cohort_month", "provisional"));
        assertEquals(GoldTables.SCHOOL_ACCESS.columnNames(),
                List.of(Lake.asDeclared(gold, GoldTables.SCHOOL_ACCESS).columns()));
    }

    /** A cohort child's facts; {@code days} null without a first school day. */
    private static Row fact(String child, String cohortMonth, String category, String provincie, boolean amv,
                            String band, SchoolStatus status, Integer days) {
        LocalDate month = d(cohortMonth);
        LocalDate firstDay = days == null ? null : month.plusDays(days);
        return row(child, month, month, band.equals("5-11") ? 8 : 14, band, amv,
                status != SchoolStatus.UNLINKED, 90, month.plusDays(90), firstDay, days,
                days != null && days <= 42, status.name(), category, provincie, true);
    }
}
