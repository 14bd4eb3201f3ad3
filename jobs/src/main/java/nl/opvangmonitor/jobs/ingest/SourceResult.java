package nl.opvangmonitor.jobs.ingest;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.opvangmonitor.common.contract.RawSource;

/** What one run did for one source: deliveries ingested (with their accounting), skipped, and quarantined rows by reason. */
record SourceResult(RawSource source, List<DeliveryAccount> ingested, int skipped, Map<String, Long> quarantinedByReason) {
    SourceResult {
        ingested = List.copyOf(ingested);
        quarantinedByReason = Collections.unmodifiableMap(new TreeMap<>(quarantinedByReason));
    }

    long read() {
        return ingested.stream().mapToLong(DeliveryAccount::read).sum();
    }

    long accepted() {
        return ingested.stream().mapToLong(DeliveryAccount::accepted).sum();
    }

    long quarantined() {
        return ingested.stream().mapToLong(DeliveryAccount::quarantined).sum();
    }
}
