package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.FailureKind;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * What ingest remembers ({@code ops.deliveries}): which deliveries it took, with their checksum
 * and row accounting. A delivery already taken with the same checksum is a no-op; one that came
 * back with other content is an error, since deliveries never change once landed.
 */
final class DeliveryLedger {
    private final Map<String, String> checksums;
    private final Set<String> retracted;

    private DeliveryLedger(Map<String, String> checksums, Set<String> retracted) {
        this.checksums = checksums;
        this.retracted = retracted;
    }

    /**
     * The ledger as it stands in the lake, with the retracted deliveries: empty before the first ingest and the
     * first retraction, which make the two tables.
     */
    static DeliveryLedger read(Lake lake) {
        Map<String, String> checksums = new HashMap<>();
        for (Row r : lake.readOrEmpty(OpsTables.DELIVERIES).select(col("source"), col("delivery_date").cast("string"),
                col("checksum")).collectAsList()) {
            checksums.put(r.getString(0) + "/" + r.getString(1), r.getString(2));
        }
        Set<String> retracted = new HashSet<>();
        for (Row r : lake.readOrEmpty(OpsTables.RETRACTIONS).select(col("source"), col("delivery_date").cast("string"),
                col("checksum")).collectAsList()) {
            retracted.add(r.getString(0) + "/" + r.getString(1) + ":" + r.getString(2));
        }
        return new DeliveryLedger(checksums, retracted);
    }

    /**
     * The landed deliveries not ingested yet; fails (data-quality exit code) if an ingested one changed. A delivery
     * retracted with exactly this content is not taken again (named in a notice): it waits for its correction.
     */
    List<Delivery> pending(List<Delivery> landed, Map<String, String> landedChecksums) {
        List<String> changed = landed.stream()
                .filter(d -> checksums.containsKey(d.name()) && !checksums.get(d.name()).equals(landedChecksums.get(d.name())))
                .map(Delivery::name).toList();
        if (!changed.isEmpty()) {
            throw new JobFailure("delivery " + changed.get(0) + " was ingested before with different content"
                    + (changed.size() > 1 ? " (and " + (changed.size() - 1) + " more)" : "")
                    + "; a landed delivery must not change: retract it first (ingest --retract " + changed.get(0)
                    + " --reason ...) to take a corrected one", FailureKind.DATA_QUALITY);
        }
        List<Delivery> fresh = landed.stream().filter(d -> !checksums.containsKey(d.name())).toList();
        fresh.stream().filter(d -> wasRetracted(d, landedChecksums)).forEach(d -> Console.warn(
                d.name() + " was retracted with this content: not taken again until a corrected delivery lands"));
        return fresh.stream().filter(d -> !wasRetracted(d, landedChecksums)).toList();
    }

    private boolean wasRetracted(Delivery d, Map<String, String> landedChecksums) {
        return retracted.contains(d.name() + ":" + landedChecksums.get(d.name()));
    }

    /** The dates of the ingested deliveries by source, these and the ones given included. */
    Map<RawSource, Set<LocalDate>> datesWith(List<DeliveryAccount> ingested) {
        Map<RawSource, Set<LocalDate>> dates = new EnumMap<>(RawSource.class);
        checksums.keySet().forEach(name -> {
            int slash = name.indexOf('/');
            dates.computeIfAbsent(RawSource.fromFolder(name.substring(0, slash)), s -> new HashSet<>())
                    .add(LocalDate.parse(name.substring(slash + 1)));
        });
        ingested.forEach(a -> dates.computeIfAbsent(a.delivery().source(), s -> new HashSet<>()).add(a.delivery().date()));
        return dates;
    }

    /** Records ingested deliveries (one MERGE by source and delivery date, so a re-run after a crash updates). */
    static void record(Lake lake, List<DeliveryAccount> accounts, Instant at) {
        List<Row> rows = accounts.stream().map(a -> RowFactory.create(a.delivery().source().folder(),
                Date.valueOf(a.delivery().date()), a.delivery().fileNames().toArray(String[]::new), a.checksum(),
                a.read(), a.accepted(), a.quarantined(), lake.runId(), Timestamp.from(at))).toList();
        lake.merge(OpsTables.DELIVERIES, lake.spark().createDataFrame(rows, OpsTables.DELIVERIES.schema()));
    }
}
