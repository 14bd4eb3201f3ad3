package nl.opvangmonitor.jobs.metrics.school;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.MonthGrid;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** gold.school_wait_monthly: waits of enrolments with an application date, by month of inschrijving. */
class SchoolWaitMonthlyTest {
    @Test
    void waitsWithMedianAndP90ByMonthGemeenteAndOnderwijssoort() {
        Dataset<Row> enrolments = enrolments(
                enrolment("b1", "GM0001", "ISK", "2025-09-01", "2025-09-11", null, null),   // wait 10
                enrolment("b2", "GM0001", "ISK", "2025-09-01", "2025-09-21", null, null),   // 20
                enrolment("b3", "GM0001", "ISK", "2025-08-22", "2025-09-21", null, null),   // 30, not over 30
                enrolment("b4", "GM0001", "PO", "2025-08-01", "2025-09-10", null, null),    // 31 + 9 = 40
                enrolment("b5", "GM0002", "PO", null, "2025-09-15", null, null),            // no application date
                enrolment("b6", "GM0001", "ISK", "2025-10-01", "2025-11-03", null, null),   // starts after as_of
                enrolment("b7", "GM0001", "PO", "2023-11-01", "2023-12-01", null, null),    // before the first month
                // a pupil without bsn (onderwijsnummer pseudonym only): 1 Sep -> 6 Oct = 29 + 6 = 35
                row("o8", null, "34CD", "GM0002", "VO", d("2025-09-01"), d("2025-10-06"), null, null,
                        d("2025-10-31")));
        Dataset<Row> gold = SchoolWaitMonthly.aggregate(enrolments,
                MonthGrid.of(MetricContext.of(SharedSpark.spark(), date("2025-10-31"), date("2025-09-01"), Map.of())));
        // September, GM0001: ISK [10, 20, 30]: median 20, p90 at position 2 x 0.9 = 1.8: 20 + 0.8 x 10 = 28;
        // PO [40]; both [10, 20, 30, 40]: median 25, p90 at 2.7: 30 + 0.7 x 10 = 37, one over 30 days.
        assertEquals(List.of(
                        "2025-09-01 ALL ALL 4 25.0 37.0 1",
                        "2025-09-01 ALL ISK 3 20.0 28.0 0",
                        "2025-09-01 ALL PO 1 40.0 40.0 1",
                        "2025-09-01 GM0001 ALL 4 25.0 37.0 1",
                        "2025-09-01 GM0001 ISK 3 20.0 28.0 0",
                        "2025-09-01 GM0001 PO 1 40.0 40.0 1",
                        "2025-10-01 ALL ALL 1 35.0 35.0 1",
                        "2025-10-01 ALL VO 1 35.0 35.0 1",
                        "2025-10-01 GM0002 ALL 1 35.0 35.0 1",
                        "2025-10-01 GM0002 VO 1 35.0 35.0 1"),
                lines(gold, "month", "gemeentecode", "onderwijssoort", "enrolments", "round(median_wait_days, 6)",
                        "round(p90_wait_days, 6)", "over_30_days"));
        // October, the month of as_of (2025-10-31, its last day), is partial all the same.
        assertEquals(List.of("2025-09-01 false", "2025-10-01 true"),
                lines(gold.select("month", "provisional").distinct(), "month", "provisional"));
        assertEquals(GoldTables.SCHOOL_WAIT_MONTHLY.columnNames(),
                List.of(Lake.asDeclared(gold, GoldTables.SCHOOL_WAIT_MONTHLY).columns()));
    }

    /**
     * metrics.md: monthly tables cover every month from the month of the earliest delivery to the month of
     * as_of. Grid Aug..Oct 2025 on as_of 2025-10-15: August and October have no school start, so each gets
     * one all-ALL row with 0 enrolments and null statistics, provisional only in October (the month of as_of);
     * a school start in July lies before the grid and one on 16 October after as_of: neither counts.
     */
    @Test
    void everyGridMonthHasARowAndSchoolStartsOffTheGridAreDropped() {
        Dataset<Row> enrolments = enrolments(
                enrolment("b1", "GM0001", "PO", "2025-08-20", "2025-09-01", null, null),   // wait 11 + 1 = 12
                enrolment("b2", "GM0001", "PO", "2025-06-02", "2025-07-31", null, null),   // July: before the grid
                enrolment("b3", "GM0002", "VO", "2025-10-01", "2025-10-16", null, null));  // after as_of
        MetricContext context = MetricContext.of(SharedSpark.spark(), date("2025-10-15"), date("2025-08-01"),
                Map.of(SilverTables.ENROLMENTS, enrolments));
        Dataset<Row> gold = new SchoolWaitMonthly().compute(context);
        assertEquals(List.of(
                        "2025-08-01 ALL ALL 0 null null 0 false",
                        "2025-09-01 ALL ALL 1 12.0 12.0 0 false",
                        "2025-09-01 ALL PO 1 12.0 12.0 0 false",
                        "2025-09-01 GM0001 ALL 1 12.0 12.0 0 false",
                        "2025-09-01 GM0001 PO 1 12.0 12.0 0 false",
                        "2025-10-01 ALL ALL 0 null null 0 true"),
                lines(gold, "month", "gemeentecode", "onderwijssoort", "enrolments", "median_wait_days",
                        "p90_wait_days", "over_30_days", "provisional"));
        assertEquals(GoldTables.SCHOOL_WAIT_MONTHLY.columnNames(),
                List.of(Lake.asDeclared(gold, GoldTables.SCHOOL_WAIT_MONTHLY).columns()));
    }
}
