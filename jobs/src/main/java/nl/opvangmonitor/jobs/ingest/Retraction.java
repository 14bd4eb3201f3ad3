package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.FailureKind;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * {@code ingest --retract <source>/<date>}: takes a wrongly accepted delivery back. The retraction is recorded
 * first (ops.retractions: what, by whom, when, why), then the delivery's rows leave bronze, quarantine, the
 * findings and the ledger, and the conform watermark is cleared so the next conform rebuilds silver in full.
 * Each step is idempotent, so a retraction interrupted anywhere completes when it is run again; a landed
 * delivery with the retracted content is not taken again, a corrected one with the same date is.
 */
public final class Retraction {
    private final Lake lake;
    private final RawSource source;
    private final LocalDate date;

    private Retraction(Lake lake, RawSource source, LocalDate date) {
        this.lake = lake;
        this.source = source;
        this.date = date;
    }

    /** The retraction of a delivery named {@code <source>/<yyyy-MM-dd>}; a malformed name is a usage error. */
    public static Retraction of(Lake lake, String delivery) {
        int slash = delivery.indexOf('/');
        try {
            if (slash < 0) {
                throw new IllegalArgumentException("no /");
            }
            return new Retraction(lake, RawSource.fromFolder(delivery.substring(0, slash)),
                    LocalDate.parse(delivery.substring(slash + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new JobFailure("--retract takes <source>/<yyyy-MM-dd>, e.g. coa_bewoning/2024-01-31, not " + delivery,
                    FailureKind.USAGE);
        }
    }

    /** Retracts the delivery for the given reason and returns one line saying what was removed. */
    public String run(String reason, String by) {
        String name = source.folder() + "/" + date;
        List<Row> ledger = ofThisDelivery(lake.readOrEmpty(OpsTables.DELIVERIES)).collectAsList();
        if (ledger.isEmpty() && ofThisDelivery(lake.readOrEmpty(OpsTables.RETRACTIONS)).isEmpty()) {
            throw new JobFailure("no delivery " + name + " in ops.deliveries: nothing to retract");
        }
        if (!ledger.isEmpty()) {
            record(ledger.get(0), reason, by);
            Console.progress(IngestJob.NAME, "retraction of " + name + " recorded in ops.retractions");
        }
        Column rows = col(BronzeTables.DELIVERY_DATE).equalTo(lit(Date.valueOf(date)));
        lake.delete(BronzeTables.of(source), rows);
        Console.progress(IngestJob.NAME, "retract " + name + ": bronze." + source.folder() + " done");
        lake.delete(QuarantineTables.of(source), rows);
        Console.progress(IngestJob.NAME, "retract " + name + ": quarantine." + source.folder() + " done");
        Column thisDelivery = col("source").equalTo(source.folder()).and(rows);
        lake.delete(OpsTables.DELIVERY_FINDINGS, thisDelivery);
        lake.delete(OpsTables.DELIVERIES, thisDelivery);
        lake.delete(OpsTables.CONFORM_STATE, functions.lit(true));
        return ledger.isEmpty() ? "ingest: " + name + " was retracted already; nothing left to remove"
                : String.format("ingest: retracted %s (%d rows: %d accepted, %d quarantined); the next conform rebuilds "
                        + "silver in full", name, ledger.get(0).<Long>getAs("rows_read"),
                        ledger.get(0).<Long>getAs("rows_accepted"), ledger.get(0).<Long>getAs("rows_quarantined"));
    }

    private Dataset<Row> ofThisDelivery(Dataset<Row> table) {
        return table.filter(col("source").equalTo(source.folder()).and(col("delivery_date").equalTo(lit(Date.valueOf(date)))));
    }

    /** Adds the ledger row, with who, when and why, to ops.retractions (a MERGE, so repeating it changes nothing). */
    private void record(Row ledger, String reason, String by) {
        Row retraction = org.apache.spark.sql.RowFactory.create(source.folder(), Date.valueOf(date),
                ledger.getAs("checksum"), ledger.getList(ledger.fieldIndex("files")).toArray(String[]::new),
                ledger.getAs("rows_read"), ledger.getAs("rows_accepted"), ledger.getAs("rows_quarantined"), reason, by,
                Timestamp.from(Instant.now()), lake.runId());
        lake.merge(OpsTables.RETRACTIONS, lake.spark().createDataFrame(List.of(retraction), OpsTables.RETRACTIONS.schema()));
    }
}
