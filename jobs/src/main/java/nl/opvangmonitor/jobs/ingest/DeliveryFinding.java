package nl.opvangmonitor.jobs.ingest;

import java.time.LocalDate;
import nl.opvangmonitor.common.contract.RawSource;

/** Something wrong with a delivery as a whole, found at ingest and kept in {@code ops.delivery_findings}. */
record DeliveryFinding(RawSource source, LocalDate deliveryDate, Check check, String detail) {

    /** The checks of ingest's quality gate. */
    enum Check {
        /** More of the delivery's rows quarantined than the gate allows. */
        QUARANTINE_SHARE,
        /** No delivery of the source in a month in which another source delivered. */
        MISSING_DELIVERY,
        /** A file that is empty or does not end in a line end: probably cut off. */
        TRUNCATED_FILE,
        /** A file that disagrees with the delivery's manifest (missing, another row count or checksum). */
        CONTROL_TOTAL
    }

    /** One line for people: {@code coa_bewoning/2024-01-31 QUARANTINE_SHARE: ...}. */
    String describe() {
        return source.folder() + "/" + deliveryDate + " " + check + ": " + detail;
    }
}
