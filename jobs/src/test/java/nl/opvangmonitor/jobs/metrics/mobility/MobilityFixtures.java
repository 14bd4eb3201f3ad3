package nl.opvangmonitor.jobs.metrics.mobility;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;

import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.facts.AmvTransitions;
import nl.opvangmonitor.jobs.metrics.facts.EmergencySpells;
import nl.opvangmonitor.jobs.metrics.facts.Moves;
import nl.opvangmonitor.jobs.metrics.facts.ResidenceSegments;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Test inputs for the mobility tables: a fixed set of locations and a context in which the facts
 * these tables read (segments, moves, emergency spells, amv transitions) are computed as the job does.
 */
final class MobilityFixtures {
    private MobilityFixtures() {
    }

    /**
     * C: aanmeldcentrum in GM0001 (Groningen); A and A2: azc in GM0002 (Utrecht); M: amv location in
     * GM0003 (Utrecht); N: noodopvang in GM0004 (Zeeland); K: crisisnoodopvang in GM0005
     * (Noord-Holland); G: gezinslocatie in GM0006 (Limburg).
     */
    static Dataset<Row> standardLocations() {
        return locations(
                location("C", "AANMELDCENTRUM", "GM0001", "Groningen"),
                location("A", "AZC", "GM0002", "Utrecht"),
                location("A2", "AZC", "GM0002", "Utrecht"),
                location("M", "AMV", "GM0003", "Utrecht"),
                location("N", "NOODOPVANG", "GM0004", "Zeeland"),
                location("K", "CRISISNOODOPVANG", "GM0005", "Noord-Holland"),
                location("G", "GEZINSLOCATIE", "GM0006", "Limburg"));
    }

    /** A context over the standard locations with every mobility fact computed and provided. */
    static MetricContext context(String asOf, String firstMonth, Dataset<Row> persons, Dataset<Row> stays,
                                 Dataset<Row> relocations, Dataset<Row> enrolments) {
        MetricContext context = MetricContext.of(SharedSpark.spark(), date(asOf), date(firstMonth), Map.of(
                SilverTables.LOCATIONS, standardLocations(),
                SilverTables.PERSONS, persons,
                SilverTables.STAYS, stays,
                SilverTables.RELOCATIONS, relocations,
                SilverTables.ENROLMENTS, enrolments));
        for (ComputedTable fact : List.of(new ResidenceSegments(), new Moves(), new EmergencySpells(),
                new AmvTransitions())) {
            context.provide(fact.table(), fact.compute(context).cache());
        }
        return context;
    }

    /** The rows of a computed table as a local frame, so several assertions do not recompute it. */
    static Dataset<Row> materialised(Dataset<Row> table) {
        return SharedSpark.spark().createDataFrame(table.collectAsList(), table.schema());
    }

    /** A context with stays only (no relocations, no enrolments). */
    static MetricContext context(String asOf, String firstMonth, Dataset<Row> persons, Dataset<Row> stays) {
        return context(asOf, firstMonth, persons, stays, relocations(), enrolments());
    }
}
