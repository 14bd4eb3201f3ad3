package nl.opvangmonitor.jobs.ingest;

import java.util.Map;

/**
 * The row accounting of one ingested delivery: rows read must equal rows accepted plus rows quarantined;
 * the rows read per file (by file name) are what a manifest's control totals are checked against.
 */
record DeliveryAccount(Delivery delivery, String checksum, long read, long accepted, long quarantined,
                       Map<String, Long> readByFile) {
    DeliveryAccount {
        readByFile = Map.copyOf(readByFile);
    }

    DeliveryAccount(Delivery delivery, String checksum, long read, long accepted, long quarantined) {
        this(delivery, checksum, read, accepted, quarantined, Map.of());
    }

    boolean balances() {
        return read == accepted + quarantined;
    }

    /** The share of the rows read that went to quarantine (0 for a delivery without rows). */
    double quarantinedShare() {
        return read == 0 ? 0 : (double) quarantined / read;
    }
}
