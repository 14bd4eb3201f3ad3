package nl.opvangmonitor.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.opvangmonitor.common.tables.GoldTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marker of a finished pipeline run (issue 22, the no-op run), on folders made by hand, without Spark: it is
 * equal for an unchanged landing zone, lake and command line, and differs when a delivery lands, a file of the
 * landing zone or the exports changes, a table gets a new Delta version, or the parameters differ.
 */
class RunMarkerTest {
    @TempDir
    Path dir;
    private Path raw;
    private Path lake;
    private Path exports;

    @BeforeEach
    void lakeWithOneTable() throws IOException {
        raw = Files.createDirectories(dir.resolve("raw/coa_bezetting"));
        Files.writeString(raw.resolve("2026-06-30.csv"), "vnummer;...\n");
        lake = dir.resolve("lake");
        Files.createDirectories(lake.resolve(GoldTables.SCHOOL_ACCESS.relativePath()).resolve("_delta_log"));
        commit(0);
        exports = Files.createDirectories(dir.resolve("exports"));
        Files.writeString(exports.resolve("school_access.csv"), "a;b\n");
    }

    private RunMarker marker(String parameters) {
        return RunMarker.now(lake.toString(), dir.resolve("raw").toString(), exports.toString(), parameters);
    }

    private void commit(long version) throws IOException {
        Files.writeString(lake.resolve(GoldTables.SCHOOL_ACCESS.relativePath()).resolve("_delta_log")
                .resolve(String.format("%020d.json", version)), "{}");
    }

    @Test
    void aSavedMarkerReadsBackEqualWhileNothingChanges() {
        assertEquals(Optional.empty(), RunMarker.last(lake.toString()));
        RunMarker first = marker("pipeline --k 10");
        first.save(lake.toString());
        assertEquals(Optional.of(first), RunMarker.last(lake.toString()));
        assertEquals(first, marker("pipeline --k 10"));
        assertEquals(0L, first.tables().get("gold.school_access"));
        assertEquals(-1L, first.tables().get("gold.headline"), "a table not in the lake is -1");
    }

    @Test
    void aNewDeliveryOrAChangedFileOfTheLandingZoneIsANewInput() throws IOException {
        RunMarker before = marker("p");
        Files.writeString(raw.resolve("2026-07-31.csv"), "vnummer;...\n");
        RunMarker landed = marker("p");
        assertNotEquals(before.landing(), landed.landing());
        Files.writeString(raw.resolve("2026-07-31.csv"), "vnummer;...;corrected\n");
        assertNotEquals(landed.landing(), marker("p").landing());
    }

    @Test
    void aNewVersionOfATableOrAChangedExportIsAChangedLake() throws IOException {
        RunMarker before = marker("p");
        commit(1);
        RunMarker committed = marker("p");
        assertEquals(1L, committed.tables().get("gold.school_access"));
        assertNotEquals(before, committed);
        Files.delete(exports.resolve("school_access.csv"));
        assertNotEquals(committed.exports(), marker("p").exports());
    }

    @Test
    void otherParametersAreAnotherRun() {
        assertNotEquals(marker("pipeline --k 10"), marker("pipeline --k 11"));
        assertTrue(marker("p").parameters().matches("[0-9a-f]{64}"), "parameters are kept as a digest only");
    }
}
