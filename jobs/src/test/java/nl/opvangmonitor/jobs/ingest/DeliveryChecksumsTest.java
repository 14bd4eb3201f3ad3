package nl.opvangmonitor.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import nl.opvangmonitor.common.testing.Frames;
import org.junit.jupiter.api.Test;

/** A delivery's checksum depends on its files' names and bytes, not on listing order. */
class DeliveryChecksumsTest {
    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sparkHashesTheBytesOfEachFile() throws Exception {
        byte[] content = "locatiecode;naam\nL1;Fryslân\n".getBytes(StandardCharsets.UTF_8);
        String hash = DeliveryChecksums.fileHashes(Frames.frame("path STRING, content BINARY", Frames.row("f.csv", content)))
                .head().getString(1);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), hash);
        assertEquals(sha256(""), DeliveryChecksums.EMPTY_FILE);
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
