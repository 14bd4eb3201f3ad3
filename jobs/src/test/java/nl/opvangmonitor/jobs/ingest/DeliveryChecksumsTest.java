package nl.opvangmonitor.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A delivery's checksum depends on its files' names and bytes (zero-byte files included), not on listing order. */
class DeliveryChecksumsTest {
    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachFileIsHashedOverItsBytesAnEmptyOneToo(@TempDir Path dir) throws Exception {
        String text = "locatiecode;naam\nL1;Fryslân\n";
        Path file = Files.writeString(dir.resolve("f.csv"), text, StandardCharsets.UTF_8);
        Path empty = Files.createFile(dir.resolve("leeg.csv"));
        Configuration hadoop = new Configuration();
        assertEquals(sha256(text), DeliveryChecksums.fileHash(hadoop, file.toUri().toString()));
        assertEquals(sha256(""), DeliveryChecksums.fileHash(hadoop, empty.toUri().toString()));
    }

    @Test
    void theChecksumCoversNamesAndContentInAnyOrder() throws Exception {
        String checksum = DeliveryChecksums.checksum(List.of("b.csv", "a.csv"), List.of("h2", "h1"));
        assertEquals(sha256("a.csv:h1\nb.csv:h2"), checksum);
        assertEquals(checksum, DeliveryChecksums.checksum(List.of("a.csv", "b.csv"), List.of("h1", "h2")));
        assertNotEquals(checksum, DeliveryChecksums.checksum(List.of("a.csv", "c.csv"), List.of("h1", "h2")), "renamed file");
        assertNotEquals(checksum, DeliveryChecksums.checksum(List.of("a.csv", "b.csv"), List.of("h1", "h3")), "changed bytes");
        assertNotEquals(checksum, DeliveryChecksums.checksum(List.of("a.csv"), List.of("h1")), "missing file");
    }
}
