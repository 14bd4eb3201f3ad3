package nl.opvangmonitor.jobs.conform;

import java.io.PrintStream;
import java.util.Map;
import nl.opvangmonitor.jobs.runtime.Console;

/** What a conform run did: per table whether and how it was written, and the findings per type. */
public record ConformSummary(boolean full, int newDeliveries, Map<String, String> tables, Map<String, Long> findings) {
    public ConformSummary {
        tables = Map.copyOf(tables);
        findings = Map.copyOf(findings);
    }

    /** The summary for people and scripts (stdout). */
    public void print(PrintStream out) {
        out.println("conform: " + (full ? "full rebuild" : "incremental") + ", " + newDeliveries
                + " new bronze deliveries");
        tables.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.println("  " + e.getKey() + ": " + e.getValue()));
        out.println("quality findings:");
        findings.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.println("  " + e.getKey() + ": " + Console.count(e.getValue())));
    }
}
