package nl.opvangmonitor.jobs.conform;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.testing.Frames;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Hand-written bronze rows for conform tests, one helper per source in bronze column order. Dates
 * are ISO strings (null for empty); every row carries its delivery date and line number, the file
 * is named after the delivery.
 */
final class BronzeRows {
    private BronzeRows() {
    }

    /** A delivery of one source: its date, and the rows it holds. */
    record Delivery(String day) {
        Row stay(String child, String bsn, String birth, boolean amv, String family, String application,
                 String location, String start, String end, long line) {
            return row(line, child, bsn, date(birth), amv, family, date(application), location, date(start), date(end));
        }

        Row relocation(String child, String moveDate, String from, String to, String reason, long line) {
            return row(line, child, date(moveDate), from, to, reason);
        }

        Row location(String code, String opvangvorm, String provincie, long line) {
            return row(line, code, "Locatie " + code, "GM0001", "Gemeente", provincie, opvangvorm, 100,
                    date("2020-01-01"), null);
        }

        Row inventory(String code, String inventoryDate, boolean allMet, long line) {
            Object[] values = new Object[12];
            values[0] = code;
            values[1] = date(inventoryDate);
            Arrays.fill(values, 2, 12, allMet);
            return row(line, values);
        }

        Row lead(String id, String status, String statusDate, String reason, long line) {
            return row(line, id, "GM0001", "Utrecht", 50, status, date(statusDate), reason);
        }

        /** A school registration with a bsn pseudonym (pupil_id = bsn_id). */
        Row enrolment(String bsn, String brin, String start, String end, long line) {
            return row(line, bsn, null, brin, "GM0001", "PO", null, date(start), date(end), null, bsn);
        }

        /** A school registration with only an onderwijsnummer pseudonym. */
        Row enrolmentWithoutBsn(String onderwijsnummer, String brin, String start, long line) {
            return row(line, null, onderwijsnummer, brin, "GM0001", "PO", null, date(start), null, null, onderwijsnummer);
        }

        Row care(String bsn, String gemeente, String provider, String soort, String start, String end, String reason,
                 long line) {
            return row(line, bsn, gemeente, provider, soort, date(start), date(end), reason);
        }

        private Row row(long line, Object... data) {
            List<Object> values = new ArrayList<>(Arrays.asList(data));
            values.addAll(List.of(date(day), day + ".csv", line, "run-test"));
            return RowFactory.create(values.toArray());
        }
    }

    static Delivery delivery(String isoDate) {
        return new Delivery(isoDate);
    }

    /** A bronze table of the source holding these rows. */
    static Dataset<Row> bronze(RawSource source, Row... rows) {
        return Frames.frame(BronzeTables.of(source).schema(), rows);
    }

    static Date date(String iso) {
        return iso == null ? null : Date.valueOf(iso);
    }
}
