package nl.opvangmonitor.jobs.metrics;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.frame;
import static nl.opvangmonitor.common.testing.Frames.row;
import static nl.opvangmonitor.jobs.metrics.MetricFixtures.lines;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opvangmonitor.jobs.metrics.care.CareContinuityMonthly;
import nl.opvangmonitor.jobs.metrics.school.SchoolAccess;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The calendar rules of metrics.md "Provisional", at the day each becomes final. */
class ProvisionalTest {

    /** (time, as_of) pairs with the rule's result. */
    private static List<String> flags(Column rule, String... timeAndAsOf) {
        Row[] rows = new Row[timeAndAsOf.length / 2];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(d(timeAndAsOf[2 * i]), d(timeAndAsOf[2 * i + 1]));
        }
        Dataset<Row> frame = frame("time DATE, as_of DATE", rows).withColumn("flag", rule);
        return lines(frame, "time", "as_of", "flag");
    }

    @Test
    void onlyTheMonthOfAsOfIsPartial() {
        assertEquals(List.of(
                        "2026-06-01 2026-07-01 false",   // the month before, on the first day after it
                        "2026-06-30 2026-07-15 false",   // a month-end of the month before
                        "2026-07-01 2026-07-01 true",    // as_of on the first day: partial
                        "2026-07-01 2026-07-31 true",    // as_of on the last day: still the month of as_of
                        "2026-07-15 2026-07-15 true"),   // month-end = as_of
                flags(Provisional.partialMonth(col("time"), col("as_of")),
                        "2026-06-01", "2026-07-01", "2026-06-30", "2026-07-15", "2026-07-01", "2026-07-01",
                        "2026-07-01", "2026-07-31", "2026-07-15", "2026-07-15"));
    }

    @Test
    void aSchoolCohortIsProvisionalUntilTheLatestDeadlineOfItsMonth() {
        // Latest deadlines: Dec 2025: Dec 31 + 90 = Mar 31 2026; May 2026: May 31 + 90 = Aug 29;
        // June 2026 (the Pact from June 12): June 11 + 90 = Sep 9, later than June 30 + 60 = Aug 29;
        // July 2026: July 31 + 60 = Sep 29.
        assertEquals(List.of("2025-12-01 2026-03-31", "2026-05-01 2026-08-29", "2026-06-01 2026-09-09",
                        "2026-07-01 2026-09-29"),
                lines(frame("time DATE", row(d("2025-12-01")), row(d("2026-05-01")), row(d("2026-06-01")),
                                row(d("2026-07-01"))).withColumn("deadline", SchoolAccess.latestDeadline(col("time"))),
                        "time", "deadline"));
        // Provisional while as_of is before the latest deadline; final on it (D <= as_of: nobody in term).
        Column rule = Provisional.until(SchoolAccess.latestDeadline(col("time")), col("as_of"));
        assertEquals(List.of(
                        "2026-05-01 2026-08-28 true",
                        "2026-05-01 2026-08-29 false",
                        "2026-06-01 2026-09-08 true",
                        "2026-06-01 2026-09-09 false"),
                flags(rule, "2026-05-01", "2026-08-28", "2026-05-01", "2026-08-29",
                        "2026-06-01", "2026-09-08", "2026-06-01", "2026-09-09"));
    }

    @Test
    void aCareMonthIsProvisionalWhileAPairCanStillBePending() {
        // A move on May 31 with a trajectory ending on June 30 (R + 30) is decided on July 30 (E + 30).
        assertEquals(List.of("2026-05-01 2026-07-29 true", "2026-05-01 2026-07-30 false"),
                flags(CareContinuityMonthly.provisional(col("time"), col("as_of")),
                        "2026-05-01", "2026-07-29", "2026-05-01", "2026-07-30"));
    }
}
