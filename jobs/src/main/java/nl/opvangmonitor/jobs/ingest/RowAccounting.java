package nl.opvangmonitor.jobs.ingest;

import java.util.List;
import nl.opvangmonitor.jobs.runtime.FailureKind;
import nl.opvangmonitor.jobs.runtime.JobFailure;

/** The contract's invariant, enforced: for every delivery, rows read = rows accepted + rows quarantined. */
final class RowAccounting {
    private RowAccounting() {
    }

    /** Fails the run (exit code 4) on the first delivery that does not balance. */
    static void check(List<DeliveryAccount> accounts) {
        for (DeliveryAccount a : accounts) {
            if (!a.balances()) {
                throw new JobFailure("row accounting broken for " + a.delivery().name() + ": read " + a.read()
                        + " rows, accepted " + a.accepted() + " + quarantined " + a.quarantined(),
                        FailureKind.ACCOUNTING);
            }
        }
    }
}
