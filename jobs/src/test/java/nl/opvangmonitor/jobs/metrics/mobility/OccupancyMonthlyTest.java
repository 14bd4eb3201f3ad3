package nl.opvangmonitor.jobs.metrics.mobility;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static nl.opvangmonitor.jobs.metrics.mobility.MobilityFixtures.context;
import static nl.opvangmonitor.jobs.metrics.mobility.MobilityFixtures.materialised;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.MonthGrid;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Persons present on month-ends by age band on e; amv adults as 18+, other adults left out; ALL rows. */
class OccupancyMonthlyTest {
    @Test
    void personsOnEachMonthEndWithTheirBandThenAndTotals() {
        MetricContext context = context("2024-02-15", "2023-12-01",
                persons(
                        person("p1", "b1", "2020-02-01", false, "2024-01-01"),  // 3 on Jan 31, 4 from Feb 1
                        person("p2", null, "2006-01-01", true, "2023-06-01"),   // amv, 18 on both month-ends
                        person("p3", null, "2005-06-01", false, "2023-06-01"),  // adult, not amv: not counted
                        person("p4", "b4", "2012-05-01", false, "2024-01-05")), // 11
                stays(
                        stay("p1", "A", "2024-01-01", null),
                        stay("p2", "M", "2024-01-10", null),
                        stay("p3", "A", "2024-01-01", null),
                        stay("p4", "N", "2024-01-05", "2024-02-01")));           // covers Jan 31, not Feb 15
        Dataset<Row> gold = materialised(OccupancyMonthly.occupancy(context.table(SilverFactTables.RESIDENCE_SEGMENTS),
                MonthGrid.of(context)));
        // Month-ends: 2023-12-31 (nobody: zero total), 2024-01-31, 2024-02-15 (as_of).
        assertEquals(List.of(
                        "2023-12-31 ALL ALL 0",
                        "2024-01-31 ALL 0-3 1",       // p1
                        "2024-01-31 ALL 18+ 1",       // p2
                        "2024-01-31 ALL 4-11 1",      // p4
                        "2024-01-31 ALL ALL 3",       // p1 + p2 + p4
                        "2024-01-31 NOODOPVANG 4-11 1",
                        "2024-01-31 NOODOPVANG ALL 1",
                        "2024-01-31 REGULIER 0-3 1",
                        "2024-01-31 REGULIER 18+ 1",
                        "2024-01-31 REGULIER ALL 2",  // p1 + p2
                        "2024-02-15 ALL 18+ 1",
                        "2024-02-15 ALL 4-11 1",      // p1 turned 4 on 2024-02-01
                        "2024-02-15 ALL ALL 2",       // p4 left on Feb 1
                        "2024-02-15 REGULIER 18+ 1",
                        "2024-02-15 REGULIER 4-11 1",
                        "2024-02-15 REGULIER ALL 2"),
                lines(gold.where("opvangvorm = 'ALL' AND provincie = 'ALL' AND amv = 'ALL'"),
                        "month_end", "category", "age_band", "persons"));
        // Only the month of as_of is partial, so provisional.
        assertEquals(List.of("2023-12-31 false", "2024-01-31 false", "2024-02-15 true"),
                lines(gold.select("month_end", "provisional").distinct(), "month_end", "provisional"));
        // The "amv aged 18+ still in amv reception" figure: the 18+ row at opvangvorm AMV.
        assertEquals(List.of("2024-01-31 1", "2024-02-15 1"),
                lines(gold.where("category = 'ALL' AND opvangvorm = 'AMV' AND provincie = 'ALL' AND amv = 'J' "
                        + "AND age_band = '18+'"), "month_end", "persons"));
        // Per provincie over all other dimensions: Utrecht p1 + p2 (p3 not counted), Zeeland p4.
        assertEquals(List.of("2024-01-31 Utrecht 2", "2024-01-31 Zeeland 1", "2024-02-15 Utrecht 2"),
                lines(gold.where("category = 'ALL' AND opvangvorm = 'ALL' AND provincie <> 'ALL' AND amv = 'ALL' "
                        + "AND age_band = 'ALL'"), "month_end", "provincie", "persons"));
    }
}
