package nl.opvangmonitor.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed and parameters give the same bytes in every file; another seed gives other data. */
class DeterminismTest {
    @Test
    void twoRunsWithTheSameSeedWriteIdenticalBytes(@TempDir Path a, @TempDir Path b, @TempDir Path c) {
        GeneratorRuns.run(a, 500, 42, 0.01);
        GeneratorRuns.run(b, 500, 42, 0.01);
        GeneratorRuns.run(c, 500, 43, 0.01);
        Map<String, String> first = digests(a);
        assertEquals(7 * 30 + 2, first.size());
        assertEquals(first, digests(b));
        assertNotEquals(first.get("coa_bewoning/2025-01-31/coa_bewoning.csv"),
                digests(c).get("coa_bewoning/2025-01-31/coa_bewoning.csv"));
    }

    /** SHA-256 of every file under the root, by relative path. */
    static Map<String, String> digests(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                out.put(root.relativize(f).toString().replace('\\', '/'), HexFormat.of().formatHex(hash));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
