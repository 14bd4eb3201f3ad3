package nl.opvangmonitor.jobs.ingest;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.FailureKind;
import nl.opvangmonitor.jobs.runtime.JobFailure;

/** The outcome of an ingest run, per source, printed as the accounting table on stdout. */
public final class IngestSummary {
    private static final String ROW = "%-22s %10s %8s %12s %12s %12s%n";

    private final List<SourceResult> sources;
    private final List<DeliveryFinding> findings;
    private final QualityGate gate;

    IngestSummary(List<SourceResult> sources, List<DeliveryFinding> findings, QualityGate gate) {
        this.sources = List.copyOf(sources);
        this.findings = List.copyOf(findings);
        this.gate = gate;
    }

    /**
     * Stops the run (exit 3, data quality) when a finding is over the gate's limits, naming the first and counting
     * the rest; the deliveries are ingested and the findings kept, so a scheduler stops before conform.
     */
    public void enforceGate() {
        List<DeliveryFinding> stopping = findings.stream().filter(gate::stops).toList();
        if (!stopping.isEmpty()) {
            throw new JobFailure("quality gate: " + stopping.get(0).describe()
                    + (stopping.size() > 1 ? " (and " + (stopping.size() - 1) + " more)" : "")
                    + "; see ops.delivery_findings, retract with ingest --retract", FailureKind.DATA_QUALITY);
        }
    }

    /** Deliveries ingested by this run, over all sources. */
    public int deliveriesIngested() {
        return sources.stream().mapToInt(s -> s.ingested().size()).sum();
    }

    /** Per source: deliveries ingested and skipped, rows read, accepted and quarantined; then the reasons. */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, ROW, "source", "ingested", "skipped", "read", "accepted", "quarantined");
        for (SourceResult s : sources) {
            out.printf(Locale.ROOT, ROW, s.source().folder(), s.ingested().size(), s.skipped(),
                    Console.count(s.read()), Console.count(s.accepted()), Console.count(s.quarantined()));
        }
        out.printf(Locale.ROOT, ROW, "total", deliveriesIngested(), sources.stream().mapToInt(SourceResult::skipped).sum(),
                Console.count(sources.stream().mapToLong(SourceResult::read).sum()),
                Console.count(sources.stream().mapToLong(SourceResult::accepted).sum()),
                Console.count(sources.stream().mapToLong(SourceResult::quarantined).sum()));
        for (SourceResult s : sources) {
            for (Map.Entry<String, Long> reason : s.quarantinedByReason().entrySet()) {
                out.printf(Locale.ROOT, "quarantined %s %s: %s%n", s.source().folder(), reason.getKey(),
                        Console.count(reason.getValue()));
            }
        }
    }
}
