package nl.opvangmonitor.jobs.conform;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.OpsTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The conform job's watermark, ops.conform_state: the bronze deliveries already conformed into
 * silver, each with its row count. Kept per delivery rather than as a latest date, so a delivery
 * ingested late (after a newer one) is still picked up, and with counts, so rows added to a
 * delivery after it was conformed are too. A source whose bronze version is unchanged is not scanned.
 */
public final class ConformState {
    private ConformState() {
    }

    /** A source's bronze deliveries that silver does not hold (completely) yet, with their row counts. */
    public record Fresh(RawSource source, long bronzeVersion, Map<LocalDate, Long> rowsPerDelivery) {
        public Fresh {
            rowsPerDelivery = Map.copyOf(rowsPerDelivery);
        }

        /** The new deliveries, oldest first. */
        public List<LocalDate> deliveries() {
            return rowsPerDelivery.keySet().stream().sorted().toList();
        }
    }

    /**
     * Per source the deliveries in bronze that are not in the watermark with the same row count (all of them
     * before the first run, which makes the watermark); with {@code everything} all deliveries in bronze (a full
     * rebuild).
     */
    public static Map<RawSource, Fresh> fresh(Lake lake, boolean everything) {
        List<Row> done = everything ? List.of() : lake.readOrEmpty(OpsTables.CONFORM_STATE)
                .select("source", "delivery_date", "bronze_rows", "bronze_version").collectAsList();
        Map<RawSource, Fresh> fresh = new EnumMap<>(RawSource.class);
        for (RawSource source : RawSource.values()) {
            Map<LocalDate, Long> conformed = new HashMap<>();
            long versionConformed = -1;
            for (Row r : done) {
                if (r.getString(0).equals(source.folder())) {
                    conformed.put(r.getDate(1).toLocalDate(), r.getLong(2));
                    versionConformed = Math.max(versionConformed, r.getLong(3));
                }
            }
            long version = lake.version(BronzeTables.of(source));
            Map<LocalDate, Long> changed = new HashMap<>();
            if (version != versionConformed) {
                rowsPerDelivery(lake, source).forEach((day, rows) -> {
                    if (!rows.equals(conformed.get(day))) {
                        changed.put(day, rows);
                    }
                });
            }
            fresh.put(source, new Fresh(source, version, changed));
        }
        return fresh;
    }

    /** Whether the watermark was cleared (by {@code ingest --retract}): it exists and holds no delivery. */
    public static boolean cleared(Lake lake) {
        return lake.exists(OpsTables.CONFORM_STATE) && lake.read(OpsTables.CONFORM_STATE).isEmpty();
    }

    /** Records the deliveries as conformed; {@code replace} (a full rebuild) replaces the whole watermark. */
    public static void record(Lake lake, Collection<Fresh> conformed, boolean replace) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Row> rows = new ArrayList<>();
        for (Fresh f : conformed) {
            f.rowsPerDelivery().forEach((day, count) -> rows.add(RowFactory.create(f.source().folder(),
                    Date.valueOf(day), count, f.bronzeVersion(), lake.runId(), now)));
        }
        Dataset<Row> state = lake.spark().createDataFrame(rows, OpsTables.CONFORM_STATE.schema());
        if (replace) {
            lake.overwrite(OpsTables.CONFORM_STATE, state);
        } else if (!rows.isEmpty()) {
            lake.merge(OpsTables.CONFORM_STATE, state);
        }
    }

    private static Map<LocalDate, Long> rowsPerDelivery(Lake lake, RawSource source) {
        Map<LocalDate, Long> rows = new HashMap<>();
        lake.read(BronzeTables.of(source)).groupBy(BronzeTables.DELIVERY_DATE).count().collectAsList()
                .forEach(r -> rows.put(r.getDate(0).toLocalDate(), r.getLong(1)));
        return rows;
    }
}
