package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.jobs.runtime.Console;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;

/**
 * One source's pass: all its pending deliveries read, checked and written together, so 200
 * deliveries cost one pass and one commit per table, not 200. The parsed records are cached and
 * counted once; the accounting is checked before anything is written; bronze and quarantine are
 * written with replaceWhere on the pending delivery dates, so a re-run after a crash rewrites
 * the same slice instead of adding a second copy. The checked records are cached too, so the
 * rejection rules and location joins run once, not once per write.
 */
final class SourceIngest {
    private final Lake lake;
    private final Pseudonyms pseudonyms;

    SourceIngest(Lake lake, Pseudonyms pseudonyms) {
        this.lake = lake;
        this.pseudonyms = pseudonyms;
    }

    /** Ingests the pending deliveries of a source (none yet in ops.deliveries) and returns their accounting. */
    SourceResult run(RawSource source, List<Delivery> pending, int skipped, Map<String, String> checksums) {
        CollectionAccumulator<String> notices = lake.spark().sparkContext().collectionAccumulator(source.folder() + " notices");
        String[] files = pending.stream().flatMap(d -> d.files().stream()).toArray(String[]::new);
        Dataset<Row> parsed = ParsedRecords.parse(lake.spark().read().format("binaryFile").load(files), source, notices)
                .persist(StorageLevel.MEMORY_AND_DISK());
        // checked once and kept: the routing count and the bronze and quarantine writes all read it
        Dataset<Row> checked = checked(parsed, source).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<LocalDate, Map<String, Long>> readByFile = new HashMap<>();
            parsed.groupBy(BronzeTables.DELIVERY_DATE, BronzeTables.SOURCE_FILE).count().collectAsList()
                    .forEach(r -> readByFile.computeIfAbsent(r.getDate(0).toLocalDate(), d -> new HashMap<>())
                            .put(r.getString(1), r.getLong(2)));
            new TreeSet<>(notices.value()).forEach(Console::warn);

            Routed routed = Routed.count(checked);
            parsed.unpersist();
            List<DeliveryAccount> accounts = pending.stream().map(d -> {
                Map<String, Long> perFile = readByFile.getOrDefault(d.date(), Map.of());
                return new DeliveryAccount(d, checksums.get(d.name()), perFile.values().stream().mapToLong(Long::longValue).sum(),
                        routed.accepted(d.date()), routed.quarantined(d.date()), perFile);
            }).toList();
            RowAccounting.check(accounts);

            String slice = slice(pending);
            lake.replaceWhere(BronzeTables.of(source), BronzeRecords.of(checked, source, pseudonyms, lake.runId()), slice);
            lake.replaceWhere(QuarantineTables.of(source), QuarantineRecords.of(checked, source, lake.runId()), slice);
            return new SourceResult(source, accounts, skipped, routed.byReason());
        } finally {
            parsed.unpersist();
            checked.unpersist();
        }
    }

    /** The parsed records with every reason that applies, the location reference included where the source has one. */
    private Dataset<Row> checked(Dataset<Row> parsed, RawSource source) {
        Dataset<Row> withReasons = RejectionRules.withReasons(parsed, source);
        if (LocationReferences.referenceColumns(source).isEmpty()) {
            return withReasons;
        }
        // a lake's first ingest without a location delivery has no bronze.coa_locaties yet: every reference is unknown
        Dataset<Row> locations = lake.readOrEmpty(BronzeTables.of(RawSource.COA_LOCATIES));
        return LocationReferences.flagUnknown(withReasons, source, LocationReferences.knownSince(locations));
    }

    /** The rows of exactly these deliveries, as a Delta replaceWhere condition. */
    static String slice(List<Delivery> deliveries) {
        return BronzeTables.DELIVERY_DATE + " IN (" + deliveries.stream().map(d -> "DATE'" + d.date() + "'")
                .distinct().collect(Collectors.joining(", ")) + ")";
    }

    /** Checked records counted per delivery and reason set, in one small aggregation. */
    private record Routed(Map<LocalDate, Long> accepted, Map<LocalDate, Long> quarantined, Map<String, Long> byReason) {

        static Routed count(Dataset<Row> checked) {
            Routed routed = new Routed(new HashMap<>(), new HashMap<>(), new TreeMap<>());
            for (Row r : checked.groupBy(col(BronzeTables.DELIVERY_DATE), col(QuarantineTables.REASONS)).count().collectAsList()) {
                LocalDate date = r.getDate(0).toLocalDate();
                List<String> reasons = new ArrayList<>(r.getList(1));
                long rows = r.getLong(2);
                (reasons.isEmpty() ? routed.accepted : routed.quarantined).merge(date, rows, Long::sum);
                reasons.forEach(reason -> routed.byReason.merge(reason, rows, Long::sum));
            }
            return routed;
        }

        long accepted(LocalDate date) {
            return accepted.getOrDefault(date, 0L);
        }

        long quarantined(LocalDate date) {
            return quarantined.getOrDefault(date, 0L);
        }
    }
}
