package nl.opvangmonitor.common.testing;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** Small helpers to write test inputs as a schema plus rows, the way engineering.md asks. */
public final class Frames {
    private Frames() {
    }

    /** A DataFrame of the given schema (a DDL string such as {@code "id STRING, d DATE"}) and rows. */
    public static Dataset<Row> frame(String ddl, Row... rows) {
        return frame(StructType.fromDDL(ddl), rows);
    }

    public static Dataset<Row> frame(StructType schema, Row... rows) {
        return SharedSpark.spark().createDataFrame(Arrays.asList(rows), schema);
    }

    /** One row; {@code LocalDate} values become SQL dates, ints stay ints. */
    public static Row row(Object... values) {
        Object[] converted = Arrays.stream(values)
                .map(v -> v instanceof LocalDate d ? Date.valueOf(d) : v)
                .toArray();
        return RowFactory.create(converted);
    }

    /** A date from {@code yyyy-MM-dd}. */
    public static LocalDate d(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    /** "name type" per field, for schema comparisons that ignore nullability. */
    public static List<String> namesAndTypes(StructType schema) {
        return Arrays.stream(schema.fields()).map(f -> f.name() + " " + f.dataType().simpleString()).toList();
    }
}
