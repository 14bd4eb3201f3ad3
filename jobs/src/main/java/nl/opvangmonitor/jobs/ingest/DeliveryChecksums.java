package nl.opvangmonitor.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * The fingerprint of a delivery: SHA-256 over its files' names and the SHA-256 of their bytes,
 * sorted by name. Every landed file is hashed on each run, so a delivery that comes back changed
 * is caught. The files are streamed through the digest on the driver (in parallel, through the
 * Hadoop file system of their URI): a Spark job would load each file whole into a row and cost
 * seconds of scheduling for what is a sequential read of the landing zone.
 */
final class DeliveryChecksums {
    private DeliveryChecksums() {
    }

    /** The checksum of each delivery, by {@link Delivery#name()}. */
    static Map<String, String> compute(Configuration hadoop, List<Delivery> deliveries) {
        return deliveries.parallelStream().collect(Collectors.toMap(Delivery::name, d -> checksum(d.fileNames(),
                d.files().stream().map(f -> fileHash(hadoop, f)).toList())));
    }

    /** SHA-256 of a file's bytes, hex. */
    static String fileHash(Configuration hadoop, String file) {
        MessageDigest digest = sha256();
        Path path = new Path(file);
        try (InputStream in = new DigestInputStream(path.getFileSystem(hadoop).open(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 over {@code name:hash} lines sorted by name. */
    static String checksum(List<String> names, List<String> hashes) {
        return HexFormat.of().formatHex(sha256().digest(IntStream.range(0, names.size())
                .mapToObj(i -> names.get(i) + ":" + hashes.get(i))
                .sorted().collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
