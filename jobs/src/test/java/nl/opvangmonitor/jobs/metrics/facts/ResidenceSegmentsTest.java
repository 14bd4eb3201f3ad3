package nl.opvangmonitor.jobs.metrics.facts;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Hand-computed residence segments: clipping at as_of, open stays, overlaps won by the later instroom. */
class ResidenceSegmentsTest {

    private Dataset<Row> segments(Dataset<Row> stays, String asOf) {
        MetricContext context = MetricContext.of(SharedSpark.spark(), date(asOf), date("2024-01-01"), Map.of(
                SilverTables.STAYS, stays,
                SilverTables.LOCATIONS, locations(
                        location("A", "AZC", "GM0001", "Utrecht"),
                        location("N", "NOODOPVANG", "GM0002", "Zeeland"),
                        location("C", "AANMELDCENTRUM", "GM0003", "Groningen")),
                SilverTables.PERSONS, persons(
                        person("p1", "b1", "2015-03-01", false, "2024-01-10"),
                        person("p2", null, "2010-07-01", true, "2024-02-01"))));
        return new ResidenceSegments().compute(context);
    }

    @Test
    void consecutiveStaysGiveOneSegmentEachAndAnOpenStayRunsThroughAsOf() {
        Dataset<Row> s = segments(stays(
                stay("p1", "C", "2024-01-10", "2024-01-20"),
                stay("p1", "A", "2024-01-20", null)), "2024-03-31");
        assertEquals(List.of(
                        "p1 A 2024-01-20 2024-04-01 true REGULIER",
                        "p1 C 2024-01-10 2024-01-20 false AANMELDCENTRUM"),
                lines(s, "child_id", "location_code", "seg_start", "seg_end", "stay_open", "category"));
    }

    @Test
    void theLaterInstroomWinsWhileItCoversAndTheEarlierStayResumesAfter() {
        // A covers Jan 1 - Mar 1; N (later instroom) covers Jan 15 - Feb 1: A, N, A again.
        Dataset<Row> s = segments(stays(
                stay("p1", "A", "2024-01-01", "2024-03-01"),
                stay("p1", "N", "2024-01-15", "2024-02-01")), "2024-12-31");
        assertEquals(List.of(
                        "p1 A 2024-01-01 2024-01-15",
                        "p1 A 2024-02-01 2024-03-01",
                        "p1 N 2024-01-15 2024-02-01"),
                lines(s, "child_id", "location_code", "seg_start", "seg_end"));
    }

    @Test
    void staysAfterAsOfAndEmptyStaysDropOutAndEndsAreCutAtAsOf() {
        Dataset<Row> s = segments(stays(
                stay("p2", "A", "2024-02-01", "2024-06-01"),
                stay("p2", "N", "2024-06-01", "2024-06-01"),
                stay("p2", "C", "2024-07-01", null)), "2024-04-15");
        assertEquals(List.of("p2 A 2024-02-01 2024-04-16 true null true"),
                lines(s, "child_id", "location_code", "seg_start", "seg_end", "stay_open", "bsn_id", "amv"));
    }
}
