package nl.opvangmonitor.jobs.sql;

import java.util.Map;
import io.delta.kernel.types.ArrayType;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.ByteType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DecimalType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.FloatType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.ShortType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.TimestampNTZType;
import io.delta.kernel.types.TimestampType;

/** The DuckDB type of a Delta column, for the typed columns of a table without data files. */
final class DuckDbTypes {
    private static final Map<Class<? extends DataType>, String> ATOMIC = Map.ofEntries(
            Map.entry(StringType.class, "VARCHAR"), Map.entry(LongType.class, "BIGINT"),
            Map.entry(IntegerType.class, "INTEGER"), Map.entry(ShortType.class, "SMALLINT"),
            Map.entry(ByteType.class, "TINYINT"), Map.entry(DoubleType.class, "DOUBLE"),
            Map.entry(FloatType.class, "FLOAT"), Map.entry(BooleanType.class, "BOOLEAN"),
            Map.entry(DateType.class, "DATE"), Map.entry(TimestampType.class, "TIMESTAMPTZ"),
            Map.entry(TimestampNTZType.class, "TIMESTAMP"));

    private DuckDbTypes() {
    }

    static String of(DataType type) {
        if (type instanceof ArrayType array) {
            return of(array.getElementType()) + "[]";
        }
        if (type instanceof DecimalType decimal) {
            return "DECIMAL(" + decimal.getPrecision() + "," + decimal.getScale() + ")";
        }
        String atomic = ATOMIC.get(type.getClass());
        if (atomic == null) {
            throw new IllegalArgumentException("no DuckDB type for the Delta type " + type);
        }
        return atomic;
    }
}
