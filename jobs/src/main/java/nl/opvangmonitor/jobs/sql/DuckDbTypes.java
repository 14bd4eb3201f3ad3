package nl.opvangmonitor.jobs.sql;

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
    private DuckDbTypes() {
    }

    static String of(DataType type) {
        if (type instanceof ArrayType array) {
            return of(array.getElementType()) + "[]";
        }
        if (type instanceof DecimalType decimal) {
            return "DECIMAL(" + decimal.getPrecision() + "," + decimal.getScale() + ")";
        }
        if (type instanceof StringType) {
            return "VARCHAR";
        }
        if (type instanceof LongType) {
            return "BIGINT";
        }
        if (type instanceof IntegerType) {
            return "INTEGER";
        }
        if (type instanceof ShortType) {
            return "SMALLINT";
        }
        if (type instanceof ByteType) {
            return "TINYINT";
        }
        if (type instanceof DoubleType) {
            return "DOUBLE";
        }
        if (type instanceof FloatType) {
            return "FLOAT";
        }
        if (type instanceof BooleanType) {
            return "BOOLEAN";
        }
        if (type instanceof DateType) {
            return "DATE";
        }
        if (type instanceof TimestampType) {
            return "TIMESTAMPTZ";
        }
        if (type instanceof TimestampNTZType) {
            return "TIMESTAMP";
        }
        throw new IllegalArgumentException("no DuckDB type for the Delta type " + type);
    }
}
