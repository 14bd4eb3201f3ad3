package nl.opvangmonitor.jobs.ingest;

/** The row accounting of one ingested delivery: rows read must equal rows accepted plus rows quarantined. */
record DeliveryAccount(Delivery delivery, String checksum, long read, long accepted, long quarantined) {

    boolean balances() {
        return read == accepted + quarantined;
    }
}
