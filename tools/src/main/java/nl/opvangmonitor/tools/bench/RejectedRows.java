package nl.opvangmonitor.tools.bench;

import java.time.LocalDate;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.RejectReason;

/**
 * How many records of one delivery the peer rejected for one reason, in the shape of the
 * generator's defect manifest and of ingest's quarantine counts, so the three can be compared. A
 * record failing two rules counts under both.
 */
public record RejectedRows(RawSource source, LocalDate delivery, RejectReason reason, long rows) {
}
