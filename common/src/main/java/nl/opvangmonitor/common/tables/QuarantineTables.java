package nl.opvangmonitor.common.tables;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.contract.RawSource;
import org.apache.spark.sql.types.DataTypes;

/**
 * Quarantine: the rejected raw lines of each source with every reason that applies. The one
 * place past the landing zone where raw identifiers may appear (privacy.md), so it has its own
 * layer folder, apart from bronze.
 */
public final class QuarantineTables {
    private QuarantineTables() {
    }

    public static final String REASONS = "reasons";
    public static final String RAW_LINE = "raw_line";

    private static final Map<RawSource, TableDef> TABLES = new EnumMap<>(RawSource.class);

    static {
        for (RawSource source : RawSource.values()) {
            TABLES.put(source, TableDef.builder(Layer.QUARANTINE, source.folder())
                    .string("source")
                    .date(BronzeTables.DELIVERY_DATE)
                    .string(BronzeTables.SOURCE_FILE)
                    .required(BronzeTables.LINE_NUMBER, DataTypes.LongType)
                    .optional(RAW_LINE, DataTypes.StringType)
                    .required(REASONS, DataTypes.createArrayType(DataTypes.StringType, false))
                    .string(BronzeTables.RUN_ID)
                    .keys("source", BronzeTables.DELIVERY_DATE, BronzeTables.SOURCE_FILE, BronzeTables.LINE_NUMBER)

                    .build());
        }
    }

    public static TableDef of(RawSource source) {
        return TABLES.get(source);
    }

    public static List<TableDef> all() {
        return List.copyOf(TABLES.values());
    }
}
