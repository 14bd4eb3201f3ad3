package nl.opvangmonitor.jobs.metrics.school;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;

import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.dates.SchoolCalendar;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.facts.Moves;
import nl.opvangmonitor.jobs.metrics.facts.ResidenceSegments;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A metric context over hand-written silver tables with the facts the school tables build on
 * computed the way the job computes them (segments, moves, then the school facts in order).
 * Locations: C = aanmeldcentrum (Groningen, school region noord), N = noodopvang (Zeeland, zuid), A = azc
 * (Utrecht, midden).
 */
final class SchoolFixtures {
    private SchoolFixtures() {
    }

    static final List<ComputedTable> SCHOOL_FACTS = List.of(new ResidenceSegments(), new Moves(),
            new SchoolAccessFacts(), new MissedSchoolIntervals(), new SchoolGaps(), new SchoolDaysMonthly());

    /** The context on the weekday calendar ({@code --school-days weekdays}): every weekday a school day. */
    static MetricContext context(String asOf, Dataset<Row> persons, Dataset<Row> stays, Dataset<Row> relocations,
                                 Dataset<Row> enrolments) {
        return context(SchoolCalendar.weekdays(), asOf, persons, stays, relocations, enrolments);
    }

    static MetricContext context(SchoolCalendar calendar, String asOf, Dataset<Row> persons, Dataset<Row> stays,
                                 Dataset<Row> relocations, Dataset<Row> enrolments) {
        MetricContext context = MetricContext.of(SharedSpark.spark(), date(asOf), date("2024-01-01"), Map.of(
                SilverTables.LOCATIONS, locations(
                        location("C", "AANMELDCENTRUM", "GM0001", "Groningen"),
                        location("N", "NOODOPVANG", "GM0002", "Zeeland"),
                        location("A", "AZC", "GM0003", "Utrecht")),
                SilverTables.PERSONS, persons,
                SilverTables.STAYS, stays,
                SilverTables.RELOCATIONS, relocations,
                SilverTables.ENROLMENTS, enrolments), calendar);
        for (ComputedTable fact : SCHOOL_FACTS) {
            context.provide(fact.table(), fact.compute(context).cache());
        }
        return context;
    }

    /** A linked school-age pupil's enrolment (no application date), {@code end} null when open. */
    static Row enrolled(String bsnId, String start, String end) {
        return enrolment(bsnId, "GM0003", "PO", null, start, end, end == null ? null : "VERHUIZING");
    }
}
