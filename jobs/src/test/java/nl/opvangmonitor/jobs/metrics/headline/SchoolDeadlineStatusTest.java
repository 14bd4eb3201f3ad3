package nl.opvangmonitor.jobs.metrics.headline;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opvangmonitor.jobs.metrics.facts.ResidenceSegments;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/** School-access status on 2026-06-30 of every kind, the 90/60-day term switch and enrolments that do not count. */
class SchoolDeadlineStatusTest {
    private static final Column AS_OF = functions.lit(java.sql.Date.valueOf("2026-06-30"));

    @Test
    void everyStatusOfTheDefinition() {
        Dataset<Row> persons = persons(
                person("s1", "b1", "2016-01-01", false, "2026-01-05"),
                person("s2", "b2", "2016-01-01", false, "2026-01-05"),
                person("s3", "b3", "2016-01-01", false, "2026-01-05"),
                person("s4", "b4", "2016-01-01", false, "2026-01-05"),
                person("s5", "b5", "2016-01-01", false, "2026-06-12"),
                person("s6", "b6", "2016-01-01", false, "2026-06-11"),
                person("s7", null, "2016-01-01", false, "2026-01-05"),
                person("s8", "b8", "2021-06-01", false, "2026-01-05"),   // 4 on A: not in the cohort
                person("s9", "b9", "2008-03-01", true, "2026-01-05"),    // 17 on A
                person("s10", "b10", "2016-01-01", false, "2026-01-05"),
                person("s11", "b11", "2016-01-01", false, "2026-01-05"),
                person("s12", "b12", "2016-01-01", false, "2026-07-01")); // applies after as_of
        Dataset<Row> stays = stays(
                stay("s1", "A", "2026-01-05", null),
                stay("s3", "A", "2026-01-05", null),
                stay("s4", "A", "2026-01-05", "2026-03-01"),
                stay("s5", "A", "2026-06-12", null),
                stay("s7", "A", "2026-01-05", null),
                stay("s9", "A", "2026-01-05", "2026-05-01"),
                stay("s11", "A", "2026-01-05", null));
        Dataset<Row> enrolments = enrolments(
                enrolment("b1", "GM0001", "PO", null, "2026-03-01", null, null),
                enrolment("b2", "GM0001", "PO", null, "2026-05-01", null, null),
                enrolment("b10", "GM0001", "PO", null, "2025-09-01", "2025-12-01", "VERHUIZING"), // ended before A
                enrolment("b10", "GM0001", "PO", null, "2025-12-15", null, null),
                enrolment("b11", "GM0001", "PO", null, "2026-07-01", null, null));             // after as_of
        Dataset<Row> segments = ResidenceSegments.segments(stays,
                locations(location("A", "AZC", "GM0001", "Utrecht")), persons, AS_OF);

        assertEquals(List.of(
                        // D = A + 90 = 2026-01-05 + 90 = 2026-04-05; F = 03-01 <= D
                        "s1 2026-04-05 2026-03-01 ENROLLED_IN_TIME true",
                        // F = max(2025-12-15, A) = A; the enrolment ended 2025-12-01 does not count
                        "s10 2026-04-05 2026-01-05 ENROLLED_IN_TIME false",
                        // the enrolment of 07-01 lies after as_of: no F; in reception on D
                        "s11 2026-04-05 null OVERDUE true",
                        "s2 2026-04-05 2026-05-01 ENROLLED_LATE false",
                        "s3 2026-04-05 null OVERDUE true",
                        // left on 03-01, before D
                        "s4 2026-04-05 null LEFT false",
                        // A on the Migration Pact day: D = A + 60 = 2026-08-11 >= as_of, in reception
                        "s5 2026-08-11 null WAITING_IN_TERM true",
                        // A the day before: D = A + 90 = 2026-09-09; not in reception on as_of
                        "s6 2026-09-09 null LEFT false",
                        "s7 2026-04-05 null UNLINKED true",
                        // in reception on D, gone by as_of
                        "s9 2026-04-05 null OVERDUE false"),
                lines(SchoolDeadlineStatus.statuses(persons, enrolments, segments, AS_OF),
                        "child_id", "deadline", "first_school_day", "status", "in_reception_on_as_of"));
    }
}
