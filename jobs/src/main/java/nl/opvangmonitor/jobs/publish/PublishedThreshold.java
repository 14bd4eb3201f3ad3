package nl.opvangmonitor.jobs.publish;

import java.util.OptionalInt;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.TableDef;

/**
 * The threshold k a publish table was made with, kept as a Delta table property so that exports
 * and readers can state it without being told again.
 */
public final class PublishedThreshold {
    /** The Delta table property holding k. */
    public static final String PROPERTY = "opvangmonitor.k";

    private PublishedThreshold() {
    }

    /** Records k on a written publish table (one metadata commit tagged with the run id). */
    public static void record(Lake lake, TableDef table, int k) {
        lake.setProperty(table, PROPERTY, Integer.toString(k));
    }

    /** The k of a publish table, if it was recorded. */
    public static OptionalInt read(Lake lake, TableDef table) {
        return lake.property(table, PROPERTY).map(k -> OptionalInt.of(Integer.parseInt(k))).orElse(OptionalInt.empty());
    }
}
