package nl.opvangmonitor.jobs.ingest;

import nl.opvangmonitor.jobs.testing.CliRun;
import nl.opvangmonitor.jobs.testing.GeneratedRaw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.opvangmonitor.common.contract.DefectManifest;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's defect manifest against ingest's quarantine: every injected defect is caught
 * with exactly its reason, and no clean generated row is rejected (counts per source, delivery
 * and reason are equal, both ways).
 */
class GeneratorManifestTest {
    @TempDir
    Path dir;

    @Test
    void quarantineCountsEqualTheManifestPerDeliveryAndReason() throws IOException {
        Path raw = dir.resolve("raw");
        GeneratedRaw.write(raw, 150, 5, "2024-01-01", "2024-12-31", 0.05);
        CliRun ingested = CliRun.of("ingest", "--raw", raw.toString(), "--lake", dir.resolve("lake").toString(), "--demo",
                "--quality-gate", "warn"); // a defect rate of 5% on purpose
        assertEquals(ExitCodes.OK, ingested.exitCode(), ingested.err());

        Map<String, Long> manifest = new TreeMap<>();
        for (String line : Files.readAllLines(raw.resolve(DefectManifest.FOLDER).resolve(DefectManifest.FILE), StandardCharsets.UTF_8)) {
            if (!line.equals(DefectManifest.HEADER)) {
                String[] f = line.split(";");
                manifest.merge(f[0] + "/" + f[1] + "/" + f[2], Long.parseLong(f[3]), Long::sum);
            }
        }
        Map<String, Long> quarantine = new TreeMap<>();
        Lake lake = new Lake(SharedSpark.spark(), dir.resolve("lake").toString(), "test");
        for (Row r : QuarantineCounts.inLake(lake).collectAsList()) {
            quarantine.put(r.getAs("source") + "/" + r.getAs("delivery_date") + "/" + r.getAs("reason"), r.getAs("rows"));
        }
        Map<String, Long> reasons = new HashMap<>();
        manifest.forEach((k, v) -> reasons.merge(k.substring(k.lastIndexOf('/') + 1), v, Long::sum));
        assertTrue(reasons.size() >= 12, "the manifest exercises most rules: " + reasons);
        assertEquals(manifest, quarantine);
    }
}
