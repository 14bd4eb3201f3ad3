package nl.opvangmonitor.jobs.metrics;

import java.util.List;
import nl.opvangmonitor.jobs.metrics.care.CareContinuityMonthly;
import nl.opvangmonitor.jobs.metrics.care.CareMoveOutcomes;
import nl.opvangmonitor.jobs.metrics.facts.Moves;
import nl.opvangmonitor.jobs.metrics.facts.ResidenceSegments;
import nl.opvangmonitor.jobs.metrics.headline.Headline;
import nl.opvangmonitor.jobs.metrics.locations.KsoPipeline;
import nl.opvangmonitor.jobs.metrics.locations.LocationCompliance;

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
                new CareMoveOutcomes());
    }

    /** Gold tables; {@code gold.headline} last, as it reads the others' facts. */
    public static List<ComputedTable> gold() {
        return List.of(
                new CareContinuityMonthly(),
                new LocationCompliance(),
                new KsoPipeline(),
                new Headline());
    }
}
