package nl.opvangmonitor.jobs.metrics.facts;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Emergency spells: a one-day hole chains two stays, a two-day hole does not; ongoing spells run through as_of. */
class EmergencySpellsTest {
    @Test
    void staysChainIntoSpellsWithTheOneDayTolerance() {
        Column asOf = lit(Date.valueOf("2024-03-31"));
        Dataset<Row> segments = ResidenceSegments.segments(
                stays(
                        // p1: out on Jan 10 only (a one-day hole): next instroom Jan 11 <= Jan 10 + 1, one spell.
                        stay("p1", "N", "2024-01-01", "2024-01-10"),
                        stay("p1", "N", "2024-01-11", "2024-01-20"),
                        // p2: out on Jan 10 and 11 (a two-day hole): Jan 12 > Jan 10 + 1, two spells.
                        stay("p2", "N", "2024-01-01", "2024-01-10"),
                        stay("p2", "K", "2024-01-12", "2024-01-20"),
                        // p3: regular reception first, then noodopvang through as_of.
                        stay("p3", "A", "2024-01-01", "2024-01-05"),
                        stay("p3", "N", "2024-01-05", null),
                        // p4: noodopvang straight into crisisnoodopvang in another province.
                        stay("p4", "N", "2024-02-01", "2024-02-10"),
                        stay("p4", "K", "2024-02-10", "2024-02-15")),
                locations(
                        location("A", "AZC", "GM0002", "Utrecht"),
                        location("N", "NOODOPVANG", "GM0004", "Zeeland"),
                        location("K", "CRISISNOODOPVANG", "GM0005", "Noord-Holland")),
                persons(
                        person("p1", "b1", "2015-03-01", false, "2024-01-01"),
                        person("p2", null, "2010-07-01", true, "2024-01-01"),
                        person("p3", "b3", "2012-01-01", false, "2024-01-01"),
                        person("p4", "b4", "2012-01-01", false, "2024-01-01")),
                asOf);
        Dataset<Row> spells = EmergencySpells.spells(segments, asOf);
        // days = first day out − start: p1 Jan 1 .. Jan 19 = 19 (the hole day counts); p2 9 and 8;
        // p3 Jan 5 .. as_of Mar 31 = 27 + 29 + 31 = 87, ongoing, spell_end = as_of + 1; p4 Feb 1 .. Feb 14 = 14.
        assertEquals(List.of(
                        "p1 2024-01-01 2024-01-20 false 19 NOODOPVANG Zeeland",
                        "p2 2024-01-01 2024-01-10 false 9 NOODOPVANG Zeeland",
                        "p2 2024-01-12 2024-01-20 false 8 CRISISNOODOPVANG Noord-Holland",
                        "p3 2024-01-05 2024-04-01 true 87 NOODOPVANG Zeeland",
                        "p4 2024-02-01 2024-02-15 false 14 CRISISNOODOPVANG Noord-Holland"),
                lines(spells, "child_id", "spell_start", "spell_end", "ongoing", "days", "last_category",
                        "last_provincie"));
    }
}
