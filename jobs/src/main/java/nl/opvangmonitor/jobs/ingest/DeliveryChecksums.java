package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The fingerprint of a delivery: SHA-256 over its files' names and SHA-256 of their bytes,
 * sorted by name. One Spark job hashes every landed file, so a delivery that comes back changed
 * is caught, however many deliveries there are.
 */
final class DeliveryChecksums {
    static final String SOURCE = "source";
    static final String DELIVERY = "delivery";
    static final String CHECKSUM = "checksum";

    private DeliveryChecksums() {
    }

    /** Per delivery folder of Spark binary-file rows ({@code path}, {@code content}): source, delivery, checksum. */
    static Dataset<Row> of(Dataset<Row> binaryFiles) {
        Column parts = split(col("path"), "/");
        return binaryFiles
                .select(element_at(parts, -3).as(SOURCE), element_at(parts, -2).as(DELIVERY),
                        concat_ws(":", element_at(parts, -1), sha2(col("content"), 256)).as("file"))
                .groupBy(SOURCE, DELIVERY)
                .agg(sha2(concat_ws("\n", sort_array(collect_list("file"))), 256).as(CHECKSUM));
    }

    /** The checksum of each delivery, by {@link Delivery#name()}. */
    static Map<String, String> compute(SparkSession spark, List<Delivery> deliveries) {
        Map<String, String> checksums = new HashMap<>();
        if (deliveries.isEmpty()) {
            return checksums;
        }
        String[] files = deliveries.stream().flatMap(d -> d.files().stream()).toArray(String[]::new);
        for (Row r : of(spark.read().format("binaryFile").load(files)).collectAsList()) {
            checksums.put(r.getString(0) + "/" + r.getString(1), r.getString(2));
        }
        return checksums;
    }
}
