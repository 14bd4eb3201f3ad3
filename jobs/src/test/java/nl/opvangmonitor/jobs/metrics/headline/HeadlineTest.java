package nl.opvangmonitor.jobs.metrics.headline;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static nl.opvangmonitor.jobs.metrics.locations.InventoryFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.care.CareMoveOutcomes;
import nl.opvangmonitor.jobs.metrics.facts.EmergencySpells;
import nl.opvangmonitor.jobs.metrics.facts.Moves;
import nl.opvangmonitor.jobs.metrics.facts.ResidenceSegments;
import nl.opvangmonitor.jobs.metrics.school.SchoolAccessFacts;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Every headline figure on as_of 2026-06-30 from a six-person silver lake; the last 12 months are
 * 2025-07-01 .. 2026-06-30. h1 moved from regular into noodopvang; h2 is an unlinked amv in
 * crisisnoodopvang; h3 an amv of 18+ in amv reception; h4 an amv minor overdue for school; h5 is
 * enrolled late; h6 enrolled in time and left reception.
 */
class HeadlineTest {
    private static final String AS_OF = "2026-06-30";

    private static MetricContext context(Map<nl.opvangmonitor.common.tables.TableDef, Dataset<Row>> silver) {
        MetricContext context = MetricContext.of(SharedSpark.spark(), date(AS_OF), date("2025-01-01"), silver);
        for (ComputedTable fact : List.of(new ResidenceSegments(), new Moves(), new CareMoveOutcomes(),
                new EmergencySpells(), new SchoolAccessFacts())) {
            context.provide(fact.table(), fact.compute(context));
        }
        return context;
    }

    private static final String[] FIGURES = {"as_of", "minors_in_reception", "in_noodopvang", "in_crisisnoodopvang",
            "amv_minors", "amv_18plus_in_amv_reception", "amv_turning_18_next_365d", "ongoing_emergency_spells",
            "mean_ongoing_emergency_days", "ongoing_emergency_over_183_days", "overdue_school",
            "school_decided_last_12m", "round(pct_in_time_last_12m, 4)", "moves_last_12m",
            "children_present_last_12m", "round(moves_per_1000_days_last_12m, 4)", "care_interrupted_last_12m",
            "inventoried_locations", "round(pct_locations_participation, 4)", "linked_share", "run_id"};

    @Test
    void everyFigureFromTheSilverFacts() {
        MetricContext context = context(Map.of(
                SilverTables.LOCATIONS, locations(
                        location("A", "AZC", "GM0001", "Utrecht"),
                        location("M", "AMV", "GM0002", "Utrecht"),
                        location("N", "NOODOPVANG", "GM0003", "Zeeland"),
                        location("K", "CRISISNOODOPVANG", "GM0004", "Zeeland"),
                        location("C", "AANMELDCENTRUM", "GM0005", "Groningen")),
                SilverTables.PERSONS, persons(
                        person("h1", "b1", "2015-01-01", false, "2025-01-10"),
                        person("h2", null, "2008-09-01", true, "2025-12-01"),
                        person("h3", "b3", "2007-09-01", true, "2024-05-01"),
                        person("h4", "b4", "2010-01-01", true, "2025-11-01"),
                        person("h5", "b5", "2018-05-01", false, "2026-01-02"),
                        person("h6", "b6", "2016-02-01", false, "2025-08-01")),
                SilverTables.STAYS, stays(
                        stay("h1", "C", "2025-01-10", "2025-01-20"),
                        stay("h1", "A", "2025-01-20", "2025-09-01"),
                        stay("h1", "N", "2025-09-01", null),
                        stay("h2", "C", "2025-12-01", "2026-02-01"),
                        stay("h2", "K", "2026-02-01", null),
                        stay("h3", "M", "2024-05-01", null),
                        stay("h4", "M", "2025-11-01", null),
                        stay("h5", "A", "2026-01-02", null),
                        stay("h6", "A", "2025-08-01", "2026-03-01")),
                SilverTables.RELOCATIONS, relocations(
                        relocation("h1", "2025-01-20", "C", "A", "CAPACITEIT"),
                        relocation("h1", "2025-09-01", "A", "N", "CAPACITEIT"),
                        relocation("h2", "2026-02-01", "C", "K", "CAPACITEIT")),
                SilverTables.ENROLMENTS, enrolments(
                        enrolment("b1", "GM0001", "PO", null, "2025-02-01", null, null),
                        enrolment("b5", "GM0001", "PO", null, "2026-05-15", null, null),
                        enrolment("b6", "GM0001", "PO", null, "2025-09-01", null, null)),
                SilverTables.CARE_TRAJECTORIES, trajectories(
                        trajectory("b1", "GM0001", "AMBULANT", "2025-03-01", "2025-09-05", "VOORTIJDIG_EXTERN")),
                SilverTables.LOCATION_INVENTORY, inventories(
                        inventory("A", "2026-03-01"),
                        inventory("N", "2026-03-01", "participation"),
                        inventory("M", "2026-03-01"))));
        Dataset<Row> headline = new Headline().compute(context);

        assertEquals(List.of(String.join(" ",
                        "2026-06-30",
                        // in reception on as_of: h1 (N), h2 (K), h3 (M, 18), h4 (M), h5 (A); minors h1 h2 h4 h5
                        "4", "1", "1",
                        // amv minors h2, h4; h3 (18 since 2025-09-01) at opvangvorm AMV; h2 turns 18 on
                        // 2026-09-01 <= as_of + 365, h4 only on 2028-01-01
                        "2", "1", "1",
                        // spells: h1 in N since 2025-09-01: 302 + 1 = 303 days; h2 in K since 2026-02-01
                        // (the aanmeldcentrum is no emergency reception): 149 + 1 = 150; mean (303 + 150) / 2
                        "2", "226.5", "1",
                        // h4: D = 2025-11-01 + 90 = 2026-01-30, no school, in reception: OVERDUE; h3 (D
                        // 2024-07-30, never enrolled) is OVERDUE too but 18 on as_of
                        "1",
                        // deadlines in the last 12 months: h4 2026-01-30 (overdue), h5 2026-04-02 (late,
                        // F 05-15), h6 2025-10-30 (in time, F 09-01); h1's 2025-04-10 is older: 1 / 3
                        "3", "33.3333",
                        // h1's move of 2025-09-01; h2's placement out of the aanmeldcentrum is no move
                        "1",
                        // minors' days in 2025-07-01 .. 2026-06-30: h1 365, h2 212, h3 62 (until his 18th
                        // birthday 2025-09-01), h4 242, h5 180, h6 212 = 1273: 1 / 1273 * 1000 = 0.7855
                        "6", "0.7855",
                        // h1's AMBULANT ended 2025-09-05 = R + 4 with no successor; as_of >= E + 30
                        "1",
                        // A, N, M inventoried; N does not organise participation: 2 / 3
                        "3", "66.6667",
                        // minors with a bsn: h1, h4, h5 of 4
                        "75.0",
                        "test")),
                lines(headline, FIGURES));
    }

    @Test
    void anEmptyLakeGivesOneRowOfZerosWithoutStatistics() {
        MetricContext context = context(Map.of(
                SilverTables.LOCATIONS, locations(), SilverTables.PERSONS, persons(), SilverTables.STAYS, stays(),
                SilverTables.RELOCATIONS, relocations(), SilverTables.ENROLMENTS, enrolments(),
                SilverTables.CARE_TRAJECTORIES, trajectories(),
                SilverTables.LOCATION_INVENTORY, inventories()));
        Dataset<Row> headline = new Headline().compute(context);
        assertEquals(List.of("2026-06-30 0 0 0 0 0 0 0 null 0 0 0 null 0 0 null 0 0 null null test"),
                lines(headline, FIGURES));
        assertEquals(GoldTables.HEADLINE.columnNames().stream().sorted().toList(),
                List.of(headline.columns()).stream().sorted().toList(), "the declared columns, no more");
    }
}
