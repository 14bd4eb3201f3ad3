package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.*;

import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Quarantined rows per source, delivery and reason: the shape of the generator's defect
 * manifest ({@code source;delivery_date;reason;rows}), so the two can be compared directly.
 * A row with two reasons counts once under each.
 */
public final class QuarantineCounts {
    public static final String REASON = "reason";
    public static final String ROWS = "rows";

    private QuarantineCounts() {
    }

    /** Counts over quarantine rows: source, delivery_date, reason, rows. */
    public static Dataset<Row> perReason(Dataset<Row> quarantineRows) {
        return quarantineRows
                .select(col(QuarantineRecords.SOURCE), col(BronzeTables.DELIVERY_DATE),
                        explode(col(QuarantineTables.REASONS)).as(REASON))
                .groupBy(QuarantineRecords.SOURCE, BronzeTables.DELIVERY_DATE, REASON)
                .agg(count(lit(1)).as(ROWS));
    }

    /** Counts over every quarantine table of the lake. */
    public static Dataset<Row> inLake(Lake lake) {
        Dataset<Row> all = null;
        for (RawSource source : RawSource.values()) {
            Dataset<Row> rows = lake.read(QuarantineTables.of(source));
            all = all == null ? rows : all.unionByName(rows);
        }
        return perReason(all);
    }
}
