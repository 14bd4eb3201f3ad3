package nl.opvangmonitor.jobs.metrics.school;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
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
        Dataset<Row> gold = SchoolWaitMonthly.aggregate(enrolments, lit(java.sql.Date.valueOf("2024-01-01")),
                lit(java.sql.Date.valueOf("2025-10-31")));
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
}
