package nl.opvangmonitor.jobs.export;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.Frames;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.publish.PublishedThreshold;
import nl.opvangmonitor.jobs.testing.CliRun;
import nl.opvangmonitor.jobs.testing.GeneratedLake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export reads the same through DuckDB (the default, no Spark) as through Spark (the pipeline's session, a
 * cluster's lake): every text file equal byte for byte, the revision notes included.
 */
class ExportEnginesTest {
    @TempDir
    Path dir;

    /** The generated lake's pipeline exported it through DuckDB ({@code pipeline --exports} on a local lake). */
    @Test
    void sparkExportsAGeneratedLakeAsThePipelinesDuckDbExportDid() throws IOException {
        GeneratedLake generated = GeneratedLake.get();
        assertSameTexts(generated.exports, export(generated.lake, "spark"));
    }

    @Test
    void bothEnginesNoteTheRevisionSinceThePreviousPublication() throws IOException {
        Path root = dir.resolve("lake");
        Lake lake = new Lake(SharedSpark.spark(), root.toString(), "export-engines-test");
        TableDef table = PublishTables.of(GoldTables.MUNICIPALITY_MONTHLY);
        lake.overwrite(table, Frames.frame(table.schema(),
                row(d("2026-01-31"), "GM0014", 120L, 7L, 3L, false, false, List.of()),
                row(d("2026-01-31"), "ALL", 125L, 7L, 3L, false, false, List.of())));
        lake.overwrite(table, Frames.frame(table.schema(),
                row(d("2026-01-31"), "GM0014", 121L, 7L, 3L, false, false, List.of()),
                row(d("2026-01-31"), "ALL", 125L, 7L, 3L, false, false, List.of())));
        PublishedThreshold.record(lake, table, 10); // a property commit after the data: no publication
        String guidance = assertSameExports(root);
        assertTrue(guidance.contains("1 rows new or revised, 1 withdrawn since the publication of "
                + LocalDate.now(java.time.ZoneOffset.UTC)), guidance);
    }

    /** Exports the lake with each engine and compares every text file; returns the guidance. */
    private String assertSameExports(Path lake) throws IOException {
        Path byDuckDb = export(lake, "duckdb");
        assertSameTexts(export(lake, "spark"), byDuckDb);
        return Files.readString(byDuckDb.resolve(ExportJob.GUIDANCE + ".md"));
    }

    private Path export(Path lake, String engine) {
        Path out = dir.resolve("by-" + engine);
        CliRun run = CliRun.of("export", "--lake", lake.toString(), "--out", out.toString(), "--engine", engine);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return out;
    }

    /** Every text file (all but the workbook, whose zip entries carry times) equal byte for byte. */
    private static void assertSameTexts(Path expected, Path actual) throws IOException {
        try (Stream<Path> files = Files.list(expected)) {
            List<Path> texts = files.filter(f -> !f.toString().endsWith(".xlsx")).sorted().toList();
            assertTrue(texts.size() > 3, texts.toString());
            for (Path file : texts) {
                assertEquals(Files.readString(file), Files.readString(actual.resolve(file.getFileName())),
                        file.getFileName().toString());
            }
        }
    }
}
