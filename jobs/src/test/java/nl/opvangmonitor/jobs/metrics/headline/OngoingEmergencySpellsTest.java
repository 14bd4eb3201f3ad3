package nl.opvangmonitor.jobs.metrics.headline;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opvangmonitor.jobs.metrics.facts.ResidenceSegments;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/** Emergency spells ongoing on 2026-06-30: a one-day gap keeps a spell, a stay elsewhere or a two-day gap ends it. */
class OngoingEmergencySpellsTest {
    @Test
    void spellLengthOnAsOfPerMinorInEmergencyReception() {
        Dataset<Row> segments = ResidenceSegments.segments(
                stays(
                        stay("e1", "N", "2026-01-01", "2026-03-01"),
                        stay("e1", "K", "2026-03-02", null),           // one day out: same spell
                        stay("e2", "N", "2025-10-01", "2026-01-10"),
                        stay("e2", "A", "2026-01-10", "2026-02-01"),   // regular reception ends the spell
                        stay("e2", "N", "2026-02-01", null),
                        stay("e3", "N", "2025-12-01", "2026-01-01"),
                        stay("e3", "N", "2026-01-03", null),           // two days out: a new spell
                        stay("e4", "N", "2025-11-01", null),
                        stay("e5", "N", "2026-01-01", null),           // an adult
                        stay("e6", "N", "2026-01-01", "2026-06-30"),   // left on as_of
                        stay("e7", "N", "2025-06-01", "2026-01-01"),
                        stay("e7", "A", "2026-01-01", null)),          // in regular reception on as_of
                locations(
                        location("N", "NOODOPVANG", "GM0001", "Zeeland"),
                        location("K", "CRISISNOODOPVANG", "GM0002", "Zeeland"),
                        location("A", "AZC", "GM0003", "Utrecht")),
                persons(
                        person("e1", "b1", "2015-01-01", false, "2025-06-01"),
                        person("e2", "b2", "2015-01-01", false, "2025-06-01"),
                        person("e3", null, "2015-01-01", true, "2025-06-01"),
                        person("e4", "b4", "2015-01-01", false, "2025-06-01"),
                        person("e5", "b5", "2007-01-01", true, "2025-06-01"),
                        person("e6", "b6", "2015-01-01", false, "2025-06-01"),
                        person("e7", "b7", "2015-01-01", false, "2025-06-01")),
                functions.lit(java.sql.Date.valueOf("2026-06-30")));
        assertEquals(List.of(
                        "e1 2026-01-01 181",   // 2026-01-01 .. 06-30: 180 days between, + 1
                        "e2 2026-02-01 150",   // 149 + 1
                        "e3 2026-01-03 179",   // 178 + 1
                        "e4 2025-11-01 242"),  // 30 (Nov) + 31 (Dec) + 180 + 1
                lines(OngoingEmergencySpells.onDay(segments, functions.lit(java.sql.Date.valueOf("2026-06-30"))),
                        "child_id", "spell_start", "days"));
    }
}
