package nl.opvangmonitor.jobs.metrics.locations;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static nl.opvangmonitor.jobs.metrics.locations.InventoryFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.facts.ResidenceSegments;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Location compliance on as_of 2026-06-30: latest inventory up to as_of, a location failing one
 * hard criterion with minors present, a closed location left out, adults not counted as minors.
 */
class LocationComplianceTest {
    private static final String AS_OF = "2026-06-30";

    private Dataset<Row> gold() {
        Dataset<Row> locations = locations(
                location("A", "AZC", "GM0001", "Utrecht"),
                location("N", "NOODOPVANG", "GM0002", "Zeeland"),
                location("M", "NOODOPVANG", "GM0003", "Zeeland"),
                // closed on 2026-01-01, before as_of, nobody left there
                row("X", "Locatie X", "GM0004", "Gemeente GM0004", "Utrecht", "AZC", "REGULIER", 100,
                        d("2020-01-01"), d("2026-01-01"), d("2026-01-31")));
        Dataset<Row> persons = persons(
                person("p1", "b1", "2015-03-01", false, "2026-01-01"),
                person("p2", "b2", "2007-01-01", true, "2025-01-01"),   // 19 on as_of: not a minor
                person("p3", "b3", "2012-01-01", false, "2026-02-01"),
                person("p4", null, "2020-01-01", false, "2026-06-30"),
                person("p5", "b5", "2014-01-01", false, "2026-01-01"));
        Dataset<Row> stays = stays(
                stay("p1", "A", "2026-01-01", null),
                stay("p2", "A", "2025-01-01", null),
                stay("p3", "N", "2026-02-01", null),
                stay("p4", "N", "2026-06-30", null),            // arrives on as_of: present
                stay("p5", "M", "2026-01-01", "2026-06-30"));   // leaves on as_of: not present
        Dataset<Row> inventory = inventories(
                inventory("A", "2025-05-01", "gp"),
                inventory("A", "2026-05-01"),
                inventory("A", "2026-07-15", "gp"),             // after as_of: ignored
                inventory("N", "2026-03-01", "activities", "privacy", "participation"),
                inventory("M", "2026-02-01", "cooking"),
                inventory("X", "2025-10-01"));
        MetricContext context = MetricContext.of(SharedSpark.spark(), date(AS_OF), date("2026-01-01"), Map.of(
                SilverTables.LOCATIONS, locations, SilverTables.PERSONS, persons, SilverTables.STAYS, stays,
                SilverTables.LOCATION_INVENTORY, inventory));
        context.provide(SilverFactTables.RESIDENCE_SEGMENTS, new ResidenceSegments().compute(context));
        return new LocationCompliance().compute(context);
    }

    @Test
    void aLocationFailingOneHardCriterionWithMinorsPresent() {
        String[] cols = {"as_of", "category", "locations", "locations_with_minors", "locations_all_hard_met",
                "minors_at_locations_failing_hard", "round(pct_activities, 4)", "round(pct_gp, 4)",
                "round(pct_participation, 4)", "round(pct_cooking, 4)", "round(pct_school, 4)"};
        assertEquals(List.of(
                        // A, N, M counted (X closed). With minors: A (p1; p2 is 19), N (p3, p4); M's p5 left
                        // on as_of. All hard met: A (latest round 2026-05-01), M. N fails activities and
                        // holds 2 minors. activities 2/3 = 66.6667%, gp 3/3 (A's gp failure is in an old
                        // and in a future round), participation 2/3, cooking 2/3, school 3/3.
                        "2026-06-30 ALL 3 2 2 2 66.6667 100.0 66.6667 66.6667 100.0",
                        // N and M: activities 1/2, participation 1/2, cooking 1/2
                        "2026-06-30 NOODOPVANG 2 1 1 2 50.0 100.0 50.0 50.0 100.0",
                        "2026-06-30 REGULIER 1 1 1 0 100.0 100.0 100.0 100.0 100.0"),
                lines(gold(), cols));
    }
}
