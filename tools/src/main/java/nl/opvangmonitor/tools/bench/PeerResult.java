package nl.opvangmonitor.tools.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.contract.RawSource;

/**
 * What a DuckDB peer run gives: the as_of and first reporting month it used, gold.school_access
 * and gold.relocation_rate_monthly, and per source read the records read and rejected (the raw
 * records that ingest would quarantine, none of which counts in the tables).
 */
public record PeerResult(LocalDate asOf, LocalDate firstMonth, PeerTable schoolAccess, PeerTable relocationRateMonthly,
                         Map<RawSource, Long> recordsRead, List<RejectedRows> rejections) {
    public PeerResult {
        recordsRead = Map.copyOf(recordsRead);
        rejections = List.copyOf(rejections);
    }
}
