package nl.opvangmonitor.jobs.metrics.mobility;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static nl.opvangmonitor.jobs.metrics.mobility.MobilityFixtures.context;
import static nl.opvangmonitor.jobs.metrics.mobility.MobilityFixtures.materialised;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.MonthGrid;
import nl.opvangmonitor.jobs.metrics.facts.Moves;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Moves per month: intake placements apart, a move on the 18th birthday left out, distinct children, ALL rows. */
class RelocationsMonthlyTest {
    @Test
    void movesIntakePlacementsAndChildrenMovedPerMonth() {
        MetricContext context = context("2024-03-31", "2024-01-01",
                persons(
                        person("p1", "b1", "2015-03-01", false, "2024-01-02"),
                        person("p2", null, "2006-02-01", true, "2023-11-01")),  // turns 18 on 2024-02-01
                stays(),
                relocations(
                        relocation("p1", "2024-01-05", "C", "N", "CAPACITEIT"),          // intake placement
                        relocation("p1", "2024-02-10", "N", "A", "DOORSTROOM_REGULIER"),
                        relocation("p1", "2024-02-20", "A", "A2", "CAPACITEIT"),
                        relocation("p2", "2024-01-20", "N", "A", "CAPACITEIT"),          // age 17: a move
                        relocation("p2", "2024-02-01", "A", "M", "MEERDERJARIG")),       // age 18: no minor's move
                enrolments());
        Dataset<Row> gold = materialised(RelocationsMonthly.relocations(context.table(SilverFactTables.MOVES),
                MonthGrid.of(context)));
        // Totals per month: moves, children_moved, intake_placements.
        // Jan: p2's move (1 child) and p1's intake placement (not a move).
        // Feb: p1's two moves (1 distinct child); p2's move on the 18th birthday is not counted.
        // Mar: nothing, still a zero row.
        assertEquals(List.of(
                        "2024-01-01 1 1 1",
                        "2024-02-01 2 1 0",
                        "2024-03-01 0 0 0"),
                lines(gold.where("from_category = 'ALL' AND to_category = 'ALL' AND reden = 'ALL' AND amv = 'ALL'"),
                        "month", "moves", "children_moved", "intake_placements"));
        // Per from/to category (reden and amv totalled): the intake placement sits in its own column,
        // on the AANMELDCENTRUM row, with moves 0.
        assertEquals(List.of(
                        "2024-01-01 AANMELDCENTRUM NOODOPVANG 0 0 1",
                        "2024-01-01 NOODOPVANG REGULIER 1 1 0",
                        "2024-02-01 NOODOPVANG REGULIER 1 1 0",
                        "2024-02-01 REGULIER REGULIER 1 1 0"),
                lines(gold.where("from_category <> 'ALL' AND to_category <> 'ALL' AND reden = 'ALL' AND amv = 'ALL'"),
                        "month", "from_category", "to_category", "moves", "children_moved", "intake_placements"));
        // Per reden and amv in February: DOORSTROOM_REGULIER and CAPACITEIT by p1 (amv N); no MEERDERJARIG row.
        assertEquals(List.of(
                        "CAPACITEIT N 1 1",
                        "DOORSTROOM_REGULIER N 1 1"),
                lines(gold.where("month = '2024-02-01' AND from_category = 'ALL' AND to_category = 'ALL' "
                        + "AND reden <> 'ALL' AND amv <> 'ALL'"), "reden", "amv", "moves", "children_moved"));
    }
}
