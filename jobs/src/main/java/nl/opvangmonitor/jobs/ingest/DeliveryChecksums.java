package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sha2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The fingerprint of a delivery: SHA-256 over its files' names and the SHA-256 of their bytes,
 * sorted by name. One Spark job hashes every landed file (so a delivery that comes back changed
 * is caught, however many there are); the small per-delivery step runs on the driver from the
 * listing, because Spark's file scan skips zero-byte files, whose names must count too.
 */
final class DeliveryChecksums {
    /** SHA-256 of no bytes: the hash of a zero-byte file, which Spark's scan never returns. */
    static final String EMPTY_FILE = sha256("");

    private DeliveryChecksums() {
    }

    /** Per Spark binary-file row ({@code path}, {@code content}): path and SHA-256 of the bytes, hex. */
    static Dataset<Row> fileHashes(Dataset<Row> binaryFiles) {
        return binaryFiles.select(col("path"), sha2(col("content"), 256).as("sha256"));
    }

    /** The checksum of each delivery, by {@link Delivery#name()}. */
    static Map<String, String> compute(SparkSession spark, List<Delivery> deliveries) {
        Map<String, String> hashes = new HashMap<>();
        if (!deliveries.isEmpty()) {
            String[] files = deliveries.stream().flatMap(d -> d.files().stream()).toArray(String[]::new);
            fileHashes(spark.read().format("binaryFile").load(files)).collectAsList()
                    .forEach(r -> hashes.put(r.getString(0), r.getString(1)));
        }
        return deliveries.stream().collect(Collectors.toMap(Delivery::name, d -> checksum(d.fileNames(),
                d.files().stream().map(f -> hashes.getOrDefault(f, EMPTY_FILE)).toList())));
    }

    /** SHA-256 over {@code name:hash} lines sorted by name. */
    static String checksum(List<String> names, List<String> hashes) {
        return sha256(IntStream.range(0, names.size()).mapToObj(i -> names.get(i) + ":" + hashes.get(i))
                .sorted().collect(Collectors.joining("\n")));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
