package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.*;

import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The rejected records of a source as quarantine rows ({@link QuarantineTables#of}): the raw
 * line as delivered (raw identifiers included, which is why quarantine is its own layer) and
 * every reason that applies, so someone can fix the source.
 */
final class QuarantineRecords {
    static final String SOURCE = "source";

    private QuarantineRecords() {
    }

    /** Records with at least one reason, as quarantine rows. */
    static Dataset<Row> of(Dataset<Row> checked, RawSource source, String runId) {
        return checked.filter(size(col(QuarantineTables.REASONS)).gt(0))
                .select(lit(source.folder()).as(SOURCE), col(BronzeTables.DELIVERY_DATE), col(BronzeTables.SOURCE_FILE),
                        col(BronzeTables.LINE_NUMBER), col(QuarantineTables.RAW_LINE), col(QuarantineTables.REASONS),
                        lit(runId).as(BronzeTables.RUN_ID));
    }
}
