package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.contract.RawColumn;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The accepted records of a source as bronze rows ({@link BronzeTables#of}): English names, typed
 * values, identifiers replaced by pseudonyms, plus where each row came from and the run id.
 */
final class BronzeRecords {
    private BronzeRecords() {
    }

    /** Checked records ({@link RejectionRules#withReasons}) without reasons, as bronze rows; duo_inschrijvingen also gets the pupil pseudonym. */
    static Dataset<Row> of(Dataset<Row> checked, RawSource source, Pseudonyms pseudonyms, String runId) {
        List<Column> columns = new ArrayList<>();
        for (RawColumn c : source.columns()) {
            Column value = FieldValues.typed(c);
            columns.add(Pseudonyms.prefixOf(c).map(prefix -> pseudonyms.of(prefix, value)).orElse(value).as(c.bronzeName()));
        }
        columns.addAll(List.of(col(BronzeTables.DELIVERY_DATE), col(BronzeTables.SOURCE_FILE),
                col(BronzeTables.LINE_NUMBER), lit(runId).as(BronzeTables.RUN_ID)));
        Dataset<Row> bronze = checked.filter(size(col(QuarantineTables.REASONS)).equalTo(0))
                .select(columns.toArray(Column[]::new));
        if (source == RawSource.DUO_INSCHRIJVINGEN) {
            String bsn = source.column("bsn").bronzeName();
            String onderwijsnummer = source.column("onderwijsnummer").bronzeName();
            bronze = bronze.withColumn(BronzeTables.PUPIL_ID, coalesce(col(bsn), col(onderwijsnummer)));
        }
        return bronze;
    }
}
