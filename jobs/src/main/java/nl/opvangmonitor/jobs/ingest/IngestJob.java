package nl.opvangmonitor.jobs.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.privacy.Pseudonymiser;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.jobs.runtime.Console;

/**
 * The ingest job: every landed delivery not taken yet goes from {@code <raw>} into bronze (accepted
 * rows, pseudonymised) and quarantine (rejected rows with their reasons), recorded in
 * ops.deliveries. Sources go in dependency order (coa_locaties first, since stays and relocations
 * are checked against known locations); deliveries already taken are skipped, so a run with
 * nothing new commits nothing. The ledger is written last, in one MERGE: until then the run's
 * deliveries count as not taken, and a re-run rewrites their bronze slices (replaceWhere).
 */
public final class IngestJob {
    public static final String NAME = "ingest";

    private final Lake lake;
    private final Pseudonymiser pseudonymiser;

    public IngestJob(Lake lake, Pseudonymiser pseudonymiser) {
        this.lake = lake;
        this.pseudonymiser = pseudonymiser;
    }

    /** Sources in the order they must be ingested: coa_locaties first, then the rest in contract order. */
    static List<RawSource> dependencyOrder() {
        return Stream.of(RawSource.values())
                .sorted(Comparator.comparing(s -> s != RawSource.COA_LOCATIES))
                .toList();
    }

    /**
     * Ingests what is new under {@code rawRoot} and dated on or before {@code until} (all when null), and
     * returns, per source, what was done. A scheduled run for a date leaves later deliveries to the run of their own date.
     */
    public IngestSummary run(String rawRoot, LocalDate until) {
        return run(rawRoot, until, QualityGate.defaults());
    }

    /**
     * The same run under the given quality gate: its findings are warned about and kept in ops.delivery_findings
     * before the ledger is written; {@link IngestSummary#enforceGate()} then stops the caller when one is over the limits.
     */
    public IngestSummary run(String rawRoot, LocalDate until, QualityGate gate) {
        List<Delivery> landed = dueBy(Landing.scan(lake.spark().sparkContext().hadoopConfiguration(), rawRoot,
                Console::warn), until);
        Console.progress(NAME, landed.size() + " deliveries landed; checking them against ops.deliveries");
        Map<String, String> checksums = DeliveryChecksums.compute(lake.spark().sparkContext().hadoopConfiguration(), landed);
        DeliveryLedger ledger = DeliveryLedger.read(lake);
        List<Delivery> pending = ledger.pending(landed, checksums);

        SourceIngest ingest = new SourceIngest(lake, new Pseudonyms(pseudonymiser));
        List<SourceResult> results = new ArrayList<>();
        for (RawSource source : dependencyOrder()) {
            List<Delivery> todo = pending.stream().filter(d -> d.source() == source)
                    .sorted(Comparator.comparing(Delivery::date)).toList();
            int skipped = (int) landed.stream().filter(d -> d.source() == source).count() - todo.size();
            if (todo.isEmpty()) {
                results.add(new SourceResult(source, List.of(), skipped, Map.of()));
                continue;
            }
            double started = Console.elapsedSeconds();
            SourceResult result = ingest.run(source, todo, skipped, checksums);
            results.add(result);
            Console.progress(NAME, String.format(Locale.ROOT, "%s: %d deliveries, %s rows read, %s quarantined, in %.1f s",
                    source.folder(), todo.size(), Console.count(result.read()), Console.count(result.quarantined()),
                    Console.elapsedSeconds() - started));
        }
        createOwnTables();
        List<DeliveryAccount> ingested = results.stream().flatMap(r -> r.ingested().stream()).toList();
        List<DeliveryFinding> findings = new DeliveryChecks(lake.spark().sparkContext().hadoopConfiguration())
                .findings(ingested, ledger.datesWith(ingested), gate.maxQuarantineShare());
        findings.forEach(f -> Console.warn("quality gate: " + f.describe()));
        Instant now = Instant.now();
        DeliveryFindings.record(lake, findings, now);
        if (!ingested.isEmpty()) {
            DeliveryLedger.record(lake, ingested, now);
        }
        return new IngestSummary(results, findings, gate);
    }

    /**
     * Creates, empty with its declared schema, each table ingest owns that no delivery has made yet (the bronze and
     * quarantine of a source that has not delivered, ops.deliveries, ops.delivery_findings), so the steps after it
     * read them strictly.
     */
    private void createOwnTables() {
        Stream.of(BronzeTables.all(), QuarantineTables.all(),
                List.of(OpsTables.DELIVERIES, OpsTables.DELIVERY_FINDINGS)).flatMap(List::stream).forEach(lake::ensure);
    }

    /** The deliveries dated on or before {@code until}; the later ones are named in one notice. */
    static List<Delivery> dueBy(List<Delivery> landed, LocalDate until) {
        if (until == null) {
            return landed;
        }
        List<Delivery> due = landed.stream().filter(d -> !d.date().isAfter(until)).toList();
        if (due.size() < landed.size()) {
            Console.warn(String.format(Locale.ROOT, "%d deliveries dated after %s left for a later run",
                    landed.size() - due.size(), until));
        }
        return due;
    }
}
