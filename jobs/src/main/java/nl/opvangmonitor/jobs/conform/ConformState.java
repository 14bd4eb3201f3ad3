package nl.opvangmonitor.jobs.conform;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.OpsTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The conform job's watermark, ops.conform_state: the bronze deliveries already conformed into
 * silver. Kept per delivery rather than as a latest date, so a delivery that is ingested late (after
 * a newer one) is still picked up; a source whose bronze version is unchanged is not even scanned.
 */
public final class ConformState {
    private ConformState() {
    }

    /** A source's bronze deliveries that silver does not hold yet, and the bronze version they were read at. */
    public record Fresh(RawSource source, long bronzeVersion, List<LocalDate> deliveries) {
    }

    /**
     * Per source the deliveries in bronze that are not in the watermark yet; with {@code everything}
     * all deliveries in bronze (a full rebuild).
     */
    public static Map<RawSource, Fresh> fresh(Lake lake, boolean everything) {
        List<Row> done = everything ? List.of()
                : lake.read(OpsTables.CONFORM_STATE).select("source", "delivery_date", "bronze_version").collectAsList();
        Map<RawSource, Fresh> fresh = new EnumMap<>(RawSource.class);
        for (RawSource source : RawSource.values()) {
            Set<LocalDate> conformed = new HashSet<>();
            long versionConformed = -1;
            for (Row r : done) {
                if (r.getString(0).equals(source.folder())) {
                    conformed.add(r.getDate(1).toLocalDate());
                    versionConformed = Math.max(versionConformed, r.getLong(2));
                }
            }
            long version = lake.version(BronzeTables.of(source));
            List<LocalDate> deliveries = version == versionConformed ? List.of()
                    : deliveriesIn(lake, source).stream().filter(d -> !conformed.contains(d)).sorted().toList();
            fresh.put(source, new Fresh(source, version, deliveries));
        }
        return fresh;
    }

    /** Records the deliveries as conformed; {@code replace} (a full rebuild) replaces the whole watermark. */
    public static void record(Lake lake, Collection<Fresh> conformed, boolean replace) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Row> rows = new ArrayList<>();
        for (Fresh f : conformed) {
            for (LocalDate d : f.deliveries()) {
                rows.add(RowFactory.create(f.source().folder(), Date.valueOf(d), f.bronzeVersion(), lake.runId(), now));
            }
        }
        Dataset<Row> state = lake.spark().createDataFrame(rows, OpsTables.CONFORM_STATE.schema());
        if (replace) {
            lake.overwrite(OpsTables.CONFORM_STATE, state);
        } else if (!rows.isEmpty()) {
            lake.append(OpsTables.CONFORM_STATE, state);
        }
    }

    private static List<LocalDate> deliveriesIn(Lake lake, RawSource source) {
        return lake.read(BronzeTables.of(source)).select(BronzeTables.DELIVERY_DATE).distinct().collectAsList().stream()
                .map(r -> r.getDate(0).toLocalDate()).toList();
    }
}
