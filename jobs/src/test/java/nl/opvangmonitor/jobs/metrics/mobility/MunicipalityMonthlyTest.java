package nl.opvangmonitor.jobs.metrics.mobility;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static nl.opvangmonitor.jobs.metrics.mobility.MobilityFixtures.context;
import static nl.opvangmonitor.jobs.metrics.mobility.MobilityFixtures.materialised;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.MonthGrid;
import org.junit.jupiter.api.Test;

/** School-age minors present, arriving and departing per municipality; a move within one is neither. */
class MunicipalityMonthlyTest {
    @Test
    void arrivalsAndDeparturesCountStaysInAMunicipalityNotMovesWithinIt() {
        MetricContext context = context("2024-03-31", "2024-01-01",
                persons(
                        person("m1", "b1", "2014-01-01", false, "2024-01-05"),  // 10
                        person("m2", "b2", "2020-06-01", false, "2024-01-01"),  // 3: not school age
                        person("m3", null, "2006-02-01", true, "2024-01-15"),   // turns 18 on 2024-02-01
                        person("m4", "b4", "2012-01-01", false, "2024-02-01"),
                        person("m5", "b5", "2012-01-01", false, "2024-01-01")),
                stays(
                        stay("m1", "C", "2024-01-05", "2024-01-10"),  // GM0001
                        stay("m1", "A", "2024-01-10", "2024-02-15"),  // GM0002
                        stay("m1", "A2", "2024-02-15", null),         // GM0002 too: a move within the municipality
                        stay("m2", "A", "2024-01-01", null),
                        stay("m3", "N", "2024-01-15", "2024-02-10"),  // GM0004; last day Feb 9, aged 18
                        stay("m4", "N", "2024-02-01", "2024-02-20"),  // out Feb 20 and 21: a new stay after
                        stay("m4", "N", "2024-02-22", null),
                        stay("m5", "A", "2024-01-01", "2024-03-01"),
                        stay("m5", "N", "2024-03-02", null)));         // one-day hole, other municipality
        // Jan 31: present m1, m5 (GM0002), m3 (GM0004). Arrivals: m1 in GM0001 (Jan 5) and GM0002 (Jan 10),
        //         m5 in GM0002, m3 in GM0004; in ALL 3 distinct children. Departure: m1 from GM0001 (out Jan 10).
        // Feb 29: present m1, m5 (GM0002), m4 (GM0004). m1's move A -> A2 is no arrival. m4 departs GM0004
        //         (first day out Feb 20) and arrives twice (Feb 1, Feb 22): 1 child. m3 departs aged 18: not counted.
        // Mar 31: present m1 (GM0002), m4 and m5 (GM0004). m5 departs GM0002 (out Mar 1), arrives GM0004 (Mar 2).
        // Columns: month_end gemeentecode school_age_present arrivals departures.
        assertEquals(List.of(
                        "2024-01-31 ALL 3 3 1",
                        "2024-01-31 GM0001 0 1 1",
                        "2024-01-31 GM0002 2 2 0",
                        "2024-01-31 GM0004 1 1 0",
                        "2024-02-29 ALL 3 1 1",
                        "2024-02-29 GM0002 2 0 0",
                        "2024-02-29 GM0004 1 1 1",
                        "2024-03-31 ALL 3 1 1",
                        "2024-03-31 GM0002 1 0 1",
                        "2024-03-31 GM0004 2 1 0"),
                lines(materialised(MunicipalityMonthly.municipalities(context.table(SilverFactTables.RESIDENCE_SEGMENTS),
                                MonthGrid.of(context))),
                        "month_end", "gemeentecode", "school_age_present", "arrivals", "departures"));
    }
}
