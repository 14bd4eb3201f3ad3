package nl.opvangmonitor.common.tables;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.contract.RawColumn;
import nl.opvangmonitor.common.contract.RawSource;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Bronze: every accepted raw record, typed, with English column names, identifiers replaced by
 * pseudonyms (privacy.md) and the delivery it came from. One table per raw source.
 */
public final class BronzeTables {
    private BronzeTables() {
    }

    public static final String DELIVERY_DATE = "delivery_date";
    public static final String SOURCE_FILE = "source_file";
    public static final String LINE_NUMBER = "line_number";
    public static final String RUN_ID = "run_id";
    /** duo_inschrijvingen only: the pupil pseudonym, bsn pseudonym if given else onderwijsnummer pseudonym. */
    public static final String PUPIL_ID = "pupil_id";

    private static final Map<RawSource, TableDef> TABLES = new EnumMap<>(RawSource.class);

    static {
        for (RawSource source : RawSource.values()) {
            TABLES.put(source, declare(source));
        }
    }

    public static TableDef of(RawSource source) {
        return TABLES.get(source);
    }

    public static List<TableDef> all() {
        return List.copyOf(TABLES.values());
    }

    private static TableDef declare(RawSource source) {
        TableDef.Builder b = TableDef.builder(Layer.BRONZE, source.folder());
        for (RawColumn c : source.columns()) {
            if (c.required()) {
                b.required(c.bronzeName(), typeOf(c));
            } else {
                b.optional(c.bronzeName(), typeOf(c));
            }
        }
        if (source == RawSource.DUO_INSCHRIJVINGEN) {
            b.string(PUPIL_ID);
        }
        b.date(DELIVERY_DATE).string(SOURCE_FILE).required(LINE_NUMBER, DataTypes.LongType).string(RUN_ID);
        return b.keys(source.bronzeKey().toArray(String[]::new)).build();
    }

    /** Bronze type of a raw column: identifiers become pseudonym strings. */
    static DataType typeOf(RawColumn c) {
        return switch (c.kind()) {
            case DATE -> DataTypes.DateType;
            case INT -> DataTypes.IntegerType;
            case BOOL -> DataTypes.BooleanType;
            default -> DataTypes.StringType;
        };
    }
}
