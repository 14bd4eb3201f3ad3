package nl.opvangmonitor.jobs.conform;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.runtime.Console;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The conform job: bronze into the silver tables, then silver.quality_findings (it writes silver
 * only; gold.data_quality is the metrics step's). Incremental by default: only the scopes (persons,
 * bsns, record keys) that the deliveries new since the last run touch are rebuilt from their whole
 * bronze history and merged; a run with nothing new commits nothing. {@code full} rebuilds and
 * overwrites everything.
 */
public final class ConformJob {
    private static final String JOB = "conform";

    private final Lake lake;
    private final Map<String, String> outcomes = new LinkedHashMap<>();

    public ConformJob(Lake lake) {
        this.lake = lake;
    }

    /** Runs the job; reading and writing happen here, the transformations are pure functions. */
    public ConformSummary run(boolean fullAsked) {
        outcomes.clear();
        // a retraction clears the watermark: records only the retracted delivery had must leave silver too
        boolean full = fullAsked || ConformState.cleared(lake);
        Map<RawSource, ConformState.Fresh> fresh = ConformState.fresh(lake, full);
        int deliveries = fresh.values().stream().mapToInt(f -> f.deliveries().size()).sum();
        Console.progress(JOB, (full ? "full rebuild from " : "incremental: ") + deliveries + " new bronze deliveries");

        boolean silverWritten = false;
        for (ConformedTable t : ConformedTable.values()) {
            silverWritten |= conform(t, fresh.get(t.source()).deliveries(), full);
        }
        Map<String, Long> findings = silverWritten || !lake.exists(SilverTables.QUALITY_FINDINGS)
                ? writeFindings()
                : countFindings(lake.read(SilverTables.QUALITY_FINDINGS), "unchanged (no silver table changed)");
        ConformState.record(lake, fresh.values(), full);
        return new ConformSummary(full, deliveries, outcomes, findings);
    }

    /**
     * Brings one silver table up to date; returns whether it committed. Ingest makes the bronze table of every
     * source, so a source that has not delivered yet gets an empty silver table here, which metrics reads strictly.
     */
    private boolean conform(ConformedTable t, List<LocalDate> newDeliveries, boolean full) {
        Dataset<Row> bronze = lake.read(BronzeTables.of(t.source()));
        if (full || !lake.exists(t.table())) {
            lake.overwrite(t.table(), t.build(bronze));
            return report(t.table(), true, null);
        }
        if (newDeliveries.isEmpty()) {
            return report(t.table(), false, "unchanged");
        }
        Dataset<Row> touched = bronze
                .filter(col(BronzeTables.DELIVERY_DATE).isin(newDeliveries.stream().map(Date::valueOf).toArray()))
                .select(t.scope().stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .distinct();
        Dataset<Row> rebuilt = t.build(bronze.join(touched, t.scope().toArray(String[]::new), "left_semi"));
        boolean written = t.keysCanVanish() ? lake.mergeReplacing(t.table(), rebuilt, t.scope())
                : lake.merge(t.table(), rebuilt);
        return report(t.table(), written, "unchanged");
    }

    /** Recomputes every finding from silver and the occupancy history; writes only when they changed. */
    private Map<String, Long> writeFindings() {
        Dataset<Row> findings = QualityFindings.all(lake.read(BronzeTables.of(RawSource.COA_BEWONING)),
                lake.read(SilverTables.PERSONS), lake.read(SilverTables.STAYS), lake.read(SilverTables.RELOCATIONS),
                lake.read(SilverTables.ENROLMENTS), lake.read(SilverTables.CARE_TRAJECTORIES)).persist();
        try {
            boolean written = lake.overwriteIfChanged(SilverTables.QUALITY_FINDINGS, findings);
            return countFindings(findings, written ? null : "unchanged");
        } finally {
            findings.unpersist();
        }
    }

    /** Reports the findings step and counts the findings per type (0 for absent types). */
    private Map<String, Long> countFindings(Dataset<Row> findings, String unchanged) {
        report(SilverTables.QUALITY_FINDINGS, unchanged == null, unchanged);
        Map<String, Long> perType = new TreeMap<>();
        for (FindingType type : FindingType.values()) {
            perType.put(type.name(), 0L);
        }
        findings.groupBy("finding_type").count().collectAsList().forEach(r -> perType.put(r.getString(0), r.getLong(1)));
        return perType;
    }

    /**
     * Records and shows what happened to a table: what its last commit did when it was written
     * (from Delta's metrics), else why not. Returns whether it was written.
     */
    private boolean report(TableDef table, boolean written, String whyNot) {
        String outcome = written ? CommitMetrics.describeLast(lake, table) : whyNot;
        outcomes.put(table.qualifiedName(), outcome);
        Console.progress(JOB, table.qualifiedName() + ": " + outcome);
        return written;
    }
}
