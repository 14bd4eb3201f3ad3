package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.cli.JobFailure;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * What ingest remembers ({@code ops.deliveries}): which deliveries it took, with their checksum
 * and row accounting. A delivery already taken with the same checksum is a no-op; one that came
 * back with other content is an error, since deliveries never change once landed.
 */
final class DeliveryLedger {
    private final Map<String, String> checksums;

    private DeliveryLedger(Map<String, String> checksums) {
        this.checksums = checksums;
    }

    /** The ledger as it stands in the lake (empty before the first ingest). */
    static DeliveryLedger read(Lake lake) {
        Map<String, String> checksums = new HashMap<>();
        for (Row r : lake.read(OpsTables.DELIVERIES).select(col("source"), col("delivery_date").cast("string"),
                col("checksum")).collectAsList()) {
            checksums.put(r.getString(0) + "/" + r.getString(1), r.getString(2));
        }
        return new DeliveryLedger(checksums);
    }

    /** The landed deliveries not ingested yet; fails (data-quality exit code) if an ingested one changed. */
    List<Delivery> pending(List<Delivery> landed, Map<String, String> landedChecksums) {
        List<String> changed = landed.stream()
                .filter(d -> checksums.containsKey(d.name()) && !checksums.get(d.name()).equals(landedChecksums.get(d.name())))
                .map(Delivery::name).toList();
        if (!changed.isEmpty()) {
            throw new JobFailure("delivery " + changed.get(0) + " was ingested before with different content"
                    + (changed.size() > 1 ? " (and " + (changed.size() - 1) + " more)" : "")
                    + "; a landed delivery must not change: send corrections as a new delivery", ExitCodes.DATA_QUALITY);
        }
        return landed.stream().filter(d -> !checksums.containsKey(d.name())).toList();
    }

    /** Records ingested deliveries (one MERGE by source and delivery date, so a re-run after a crash updates). */
    static void record(Lake lake, List<DeliveryAccount> accounts, Instant at) {
        List<Row> rows = accounts.stream().map(a -> RowFactory.create(a.delivery().source().folder(),
                Date.valueOf(a.delivery().date()), a.delivery().fileNames().toArray(String[]::new), a.checksum(),
                a.read(), a.accepted(), a.quarantined(), lake.runId(), Timestamp.from(at))).toList();
        lake.merge(OpsTables.DELIVERIES, lake.spark().createDataFrame(rows, OpsTables.DELIVERIES.schema()));
    }
}
