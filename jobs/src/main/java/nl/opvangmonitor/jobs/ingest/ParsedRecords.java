package nl.opvangmonitor.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;

/**
 * The records of raw files before validation: where each came from, its raw text, a file-level
 * problem if any ({@code MALFORMED_ROW}, {@code MISSING_COLUMN}, {@code UNREADABLE_FILE}), and
 * one string column per contract column, named by its raw (Dutch) name, mapped by header name.
 */
final class ParsedRecords {
    /** The file-level reason code, null when the record split cleanly under a complete header. */
    static final String PROBLEM = "problem";

    private ParsedRecords() {
    }

    /** Schema of the parsed records of a source: bookkeeping columns, then the raw columns in contract order. */
    static StructType schema(RawSource source) {
        List<StructField> fields = new ArrayList<>(List.of(
                DataTypes.createStructField(BronzeTables.SOURCE_FILE, DataTypes.StringType, false),
                DataTypes.createStructField(BronzeTables.DELIVERY_DATE, DataTypes.DateType, false),
                DataTypes.createStructField(BronzeTables.LINE_NUMBER, DataTypes.LongType, false),
                DataTypes.createStructField(QuarantineTables.RAW_LINE, DataTypes.StringType, false),
                DataTypes.createStructField(PROBLEM, DataTypes.StringType, true)));
        for (String rawName : source.header()) {
            fields.add(DataTypes.createStructField(rawName, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * Parses files given as Spark's binary-file rows ({@code path}, {@code content}) into records of
     * the source; per-file notices (unknown columns, unreadable or empty files) go to the accumulator.
     */
    static Dataset<Row> parse(Dataset<Row> binaryFiles, RawSource source, CollectionAccumulator<String> notices) {
        RawFileParser parser = new RawFileParser(source);
        FlatMapFunction<Row, Row> perFile = file -> parser.parse(
                file.getString(file.fieldIndex("path")), file.getAs("content"), notices::add);
        return binaryFiles.flatMap(perFile, Encoders.row(schema(source)));
    }
}
