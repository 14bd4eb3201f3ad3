package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.RejectReason;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The reference rule of data-contract.md: a stay or relocation at a location unknown in every
 * coa_locaties delivery so far is rejected with UNKNOWN_LOCATION. "So far" is the record's own
 * delivery date: a location counts from the first coa_locaties delivery that brought it, accepted.
 */
final class LocationReferences {
    static final String LOCATION_CODE = "location_code";
    static final String KNOWN_SINCE = "known_since";

    private LocationReferences() {
    }

    /** The raw columns of a source that must name a known location; none for most sources. */
    static List<String> referenceColumns(RawSource source) {
        return switch (source) {
            case COA_BEWONING -> List.of("locatiecode");
            case COA_VERHUISBEWEGINGEN -> List.of("van_locatiecode", "naar_locatiecode");
            default -> List.of();
        };
    }

    /** Each location code with the first delivery date it was known from, from bronze.coa_locaties rows. */
    static Dataset<Row> knownSince(Dataset<Row> bronzeLocations) {
        return bronzeLocations.groupBy(LOCATION_CODE)
                .agg(min(BronzeTables.DELIVERY_DATE).as(KNOWN_SINCE));
    }

    /**
     * Appends UNKNOWN_LOCATION to {@code reasons} of records whose location reference is present
     * but not known by their delivery date. The known locations are few: broadcast, one row each,
     * so the left joins never duplicate a record.
     */
    static Dataset<Row> flagUnknown(Dataset<Row> records, RawSource source, Dataset<Row> knownSince) {
        List<String> references = referenceColumns(source);
        if (references.isEmpty()) {
            return records;
        }
        Dataset<Row> joined = records;
        Column unknown = lit(false);
        List<String> helperColumns = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            String code = "ref_code_" + i;
            String since = "ref_since_" + i;
            Column reference = FieldValues.clean(source.column(references.get(i)));
            Dataset<Row> known = broadcast(knownSince.select(col(LOCATION_CODE).as(code), col(KNOWN_SINCE).as(since)));
            joined = joined.join(known, reference.equalTo(col(code)).and(col(since).leq(col(BronzeTables.DELIVERY_DATE))), "left");
            unknown = unknown.or(reference.isNotNull().and(col(code).isNull()));
            helperColumns.addAll(List.of(code, since));
        }
        Column reasons = col(QuarantineTables.REASONS);
        Column withUnknown = array_compact(array_append(reasons, lit(RejectReason.UNKNOWN_LOCATION.name())));
        return joined.withColumn(QuarantineTables.REASONS, when(unknown, withUnknown).otherwise(reasons))
                .drop(helperColumns.toArray(String[]::new));
    }
}
