package nl.opvangmonitor.jobs.metrics;

import java.util.List;
import nl.opvangmonitor.jobs.metrics.care.CareContinuityMonthly;
import nl.opvangmonitor.jobs.metrics.care.CareMoveOutcomes;
import nl.opvangmonitor.jobs.metrics.facts.AmvTransitions;
import nl.opvangmonitor.jobs.metrics.facts.EmergencySpells;
import nl.opvangmonitor.jobs.metrics.facts.Moves;
import nl.opvangmonitor.jobs.metrics.facts.ResidenceSegments;
import nl.opvangmonitor.jobs.metrics.headline.Headline;
import nl.opvangmonitor.jobs.metrics.locations.KsoPipeline;
import nl.opvangmonitor.jobs.metrics.locations.LocationCompliance;
import nl.opvangmonitor.jobs.metrics.mobility.AmvTransitionMonthly;
import nl.opvangmonitor.jobs.metrics.mobility.EmergencyStayMonthly;
import nl.opvangmonitor.jobs.metrics.mobility.MunicipalityMonthly;
import nl.opvangmonitor.jobs.metrics.mobility.OccupancyMonthly;
import nl.opvangmonitor.jobs.metrics.mobility.RelocationRateMonthly;
import nl.opvangmonitor.jobs.metrics.mobility.RelocationsMonthly;
import nl.opvangmonitor.jobs.metrics.school.MissedSchoolIntervals;
import nl.opvangmonitor.jobs.metrics.school.MissedSchoolMonthly;
import nl.opvangmonitor.jobs.metrics.school.SchoolAccess;
import nl.opvangmonitor.jobs.metrics.school.SchoolAccessFacts;
import nl.opvangmonitor.jobs.metrics.school.SchoolDaysMonthly;
import nl.opvangmonitor.jobs.metrics.school.SchoolGaps;
import nl.opvangmonitor.jobs.metrics.school.SchoolWaitMonthly;

/**
 * The computations of the metrics job, in the order they run: first the per-child facts (silver),
 * each visible to the ones after it, then the gold tables.
 */
public final class MetricTables {
    private MetricTables() {
    }

    /** Per-child facts, in dependency order. */
    public static List<ComputedTable> facts() {
        return List.of(
                new ResidenceSegments(),
                new Moves(),
                new EmergencySpells(),
                new AmvTransitions(),
                new SchoolAccessFacts(),
                new MissedSchoolIntervals(),
                new SchoolGaps(),
                new SchoolDaysMonthly(),
                new CareMoveOutcomes());
    }

    /** Gold tables; {@code gold.headline} last, as it reads the others' facts. */
    public static List<ComputedTable> gold() {
        return List.of(
                new OccupancyMonthly(),
                new RelocationsMonthly(),
                new RelocationRateMonthly(),
                new EmergencyStayMonthly(),
                new AmvTransitionMonthly(),
                new MunicipalityMonthly(),
                new SchoolAccess(),
                new MissedSchoolMonthly(),
                new SchoolWaitMonthly(),
                new CareContinuityMonthly(),
                new LocationCompliance(),
                new KsoPipeline(),
                new Headline());
    }
}
