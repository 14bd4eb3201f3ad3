package nl.opvangmonitor.jobs.ingest;

import java.util.Locale;
import java.util.Optional;
import nl.opvangmonitor.common.contract.RawColumn;
import nl.opvangmonitor.common.privacy.Pseudonymiser;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Replaces identifiers by keyed pseudonyms at ingest (privacy.md): vnummer, bsn and
 * onderwijsnummer under their kind's prefix, and the family number (a linkage key, see
 * docs/decisions.md) under {@code gezinsnummer}. A Spark UDF holds the {@link Pseudonymiser};
 * the key travels inside it to the executors and is never printed.
 */
final class Pseudonyms {
    /** The family number: no person identifier in the contract, but it links persons, so it is hidden too. */
    static final String FAMILY_NUMBER = "gezinsnummer";

    private final Pseudonymiser pseudonymiser;

    Pseudonyms(Pseudonymiser pseudonymiser) {
        this.pseudonymiser = pseudonymiser;
    }

    /** The pseudonym prefix of a raw column, if its values must not pass ingest raw. */
    static Optional<String> prefixOf(RawColumn c) {
        if (c.kind().isIdentifier()) {
            return Optional.of(c.kind().name().toLowerCase(Locale.ROOT));
        }
        return c.rawName().equals(FAMILY_NUMBER) ? Optional.of(FAMILY_NUMBER) : Optional.empty();
    }

    /** The pseudonym of {@code value} under {@code prefix}; null stays null. */
    Column of(String prefix, Column value) {
        Pseudonymiser keyed = pseudonymiser;
        UDF1<String, String> hash = v -> keyed.pseudonym(prefix, v);
        return functions.udf(hash, DataTypes.StringType).withName("pseudonym_" + prefix).apply(value);
    }
}
