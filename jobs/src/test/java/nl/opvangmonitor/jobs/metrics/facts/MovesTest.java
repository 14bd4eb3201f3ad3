package nl.opvangmonitor.jobs.metrics.facts;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.junit.jupiter.api.Test;

/** Moves: intake placements flagged, a move on the 18th birthday and moves after as_of left out. */
class MovesTest {
    @Test
    void minorsRelocationsUpToAsOfWithIntakeFlagged() {
        MetricContext context = MetricContext.of(SharedSpark.spark(), date("2026-06-30"), date("2024-01-01"), Map.of(
                SilverTables.LOCATIONS, locations(
                        location("C", "AANMELDCENTRUM", "GM0001", "Groningen"),
                        location("N", "NOODOPVANG", "GM0002", "Zeeland"),
                        location("A", "AZC", "GM0003", "Utrecht")),
                SilverTables.PERSONS, persons(
                        person("p1", "b1", "2015-03-01", false, "2024-01-10"),
                        person("p2", null, "2008-05-01", true, "2024-02-01")),
                SilverTables.RELOCATIONS, relocations(
                        relocation("p1", "2024-01-20", "C", "N", "CAPACITEIT"),
                        relocation("p1", "2024-05-01", "N", "A", "DOORSTROOM_REGULIER"),
                        relocation("p1", "2026-07-01", "A", "N", "CAPACITEIT"),
                        relocation("p2", "2026-04-30", "C", "A", "CAPACITEIT"),
                        relocation("p2", "2026-05-01", "A", "N", "MEERDERJARIG"))));
        // p2 turns 18 on 2026-05-01 (birth month 2008-05): that move is not a minor's move.
        assertEquals(List.of(
                        "p1 2024-01-20 true NOODOPVANG GM0002 8",
                        "p1 2024-05-01 false REGULIER GM0003 9",
                        "p2 2026-04-30 true REGULIER GM0003 17"),
                lines(new Moves().compute(context), "child_id", "move_date", "intake", "to_category",
                        "to_gemeentecode", "age"));
    }
}
