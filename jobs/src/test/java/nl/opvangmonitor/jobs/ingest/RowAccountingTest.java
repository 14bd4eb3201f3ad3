package nl.opvangmonitor.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.jobs.runtime.FailureKind;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import org.junit.jupiter.api.Test;

/** The accounting guard fails the run, with its own exit code, on a delivery that does not balance. */
class RowAccountingTest {
    private static final Delivery DELIVERY = new Delivery(RawSource.COA_BEWONING, LocalDate.of(2024, 1, 31), List.of("x/b.csv"));

    @Test
    void aBalancedDeliveryPasses() {
        assertDoesNotThrow(() -> RowAccounting.check(List.of(new DeliveryAccount(DELIVERY, "c", 10, 7, 3))));
    }

    @Test
    void anUnbalancedDeliveryFailsTheRunNamingIt() {
        JobFailure failure = assertThrows(JobFailure.class,
                () -> RowAccounting.check(List.of(new DeliveryAccount(DELIVERY, "c", 10, 7, 4))));
        assertEquals(FailureKind.ACCOUNTING, failure.kind());
        assertEquals("row accounting broken for coa_bewoning/2024-01-31: read 10 rows, accepted 7 + quarantined 4",
                failure.getMessage());
    }
}
