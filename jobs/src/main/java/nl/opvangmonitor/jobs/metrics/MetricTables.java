package nl.opvangmonitor.jobs.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.TableDef;
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
import nl.opvangmonitor.jobs.metrics.quality.DataQuality;
import nl.opvangmonitor.jobs.metrics.school.MissedSchoolIntervals;
import nl.opvangmonitor.jobs.metrics.school.MissedSchoolMonthly;
import nl.opvangmonitor.jobs.metrics.school.SchoolAccess;
import nl.opvangmonitor.jobs.metrics.school.SchoolAccessFacts;
import nl.opvangmonitor.jobs.metrics.school.SchoolDaysMonthly;
import nl.opvangmonitor.jobs.metrics.school.SchoolGaps;
import nl.opvangmonitor.jobs.metrics.school.SchoolWaitMonthly;

/**
 * The computations of the metrics job: the per-child facts (silver) and the gold tables, and the order they run
 * in, which follows their declared inputs.
 */
public final class MetricTables {
    private MetricTables() {
    }

    /** Per-child facts, in the order SilverFactTables declares them. */
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

    /** Gold tables. */
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
                new DataQuality(),
                new Headline());
    }

    /** Every computation in run order: {@link #inRunOrder(List)} of the facts and the gold tables. */
    public static List<ComputedTable> inRunOrder() {
        return inRunOrder(Stream.concat(facts().stream(), gold().stream()).toList());
    }

    /** The tables the computations read that an earlier step (ingest, conform) makes, in the order they are read. */
    public static Set<TableDef> madeByEarlierSteps() {
        List<ComputedTable> all = inRunOrder();
        Set<TableDef> computed = all.stream().map(ComputedTable::table).collect(Collectors.toSet());
        return all.stream().flatMap(t -> t.inputs().stream()).filter(i -> !computed.contains(i))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The computations ordered so each runs after the computations of the tables it reads (a topological sort;
     * ties keep the given order). An input must be made by an earlier step (ingest, conform) or computed here: a
     * gold table or a per-child fact that none of the computations makes is refused, and so is a cycle.
     */
    static List<ComputedTable> inRunOrder(List<ComputedTable> tables) {
        Set<TableDef> computed = tables.stream().map(ComputedTable::table).collect(Collectors.toSet());
        for (ComputedTable t : tables) {
            for (TableDef input : t.inputs()) {
                boolean madeByMetrics = input.layer() == Layer.GOLD || SilverFactTables.all().contains(input);
                if (madeByMetrics && !computed.contains(input)) {
                    throw new IllegalStateException(t.table().qualifiedName() + " reads " + input.qualifiedName()
                            + ", which metrics makes but none of these computations does");
                }
            }
        }
        List<ComputedTable> ordered = new ArrayList<>();
        Set<TableDef> done = new HashSet<>();
        while (ordered.size() < tables.size()) {
            ComputedTable next = tables.stream()
                    .filter(t -> !done.contains(t.table()))
                    .filter(t -> t.inputs().stream().allMatch(i -> done.contains(i) || !computed.contains(i)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the inputs of the metric tables form a cycle among "
                            + tables.stream().filter(t -> !done.contains(t.table())).map(t -> t.table().qualifiedName())
                            .toList()));
            ordered.add(next);
            done.add(next.table());
        }
        return ordered;
    }
}
