package nl.opvangmonitor.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.common.testing.CapturedOutput;
import nl.opvangmonitor.tools.ToolsRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke bench: {@code bench --scales 0.005} (278 persons) end to end, child JVMs included. It checks
 * the report's structure, its row counts against the files and against each other, and that DuckDB agrees
 * with Spark; never the timings. Opt-in ({@code -Dopvangmonitor.bench.smoke=true}) until it has been seen
 * green on a quiet machine: it runs three pipelines and was never finished on the shared one
 * (docs/benchmarks.md).
 */
@EnabledIfSystemProperty(named = "opvangmonitor.bench.smoke", matches = "true")
class BenchCommandTest {
    private static final List<String> PIPELINE_STAGES = List.of(PipelineTiming.START, "ingest", "conform", "metrics",
            "publish", PipelineTiming.TOTAL);

    @TempDir
    Path work;

    @Test
    void smokeScaleWritesTheReportAndTheCrossCheckAgrees() throws IOException {
        CapturedOutput bench = ToolsRun.of("bench", "--scales", "0.005", "--work", work.toString());
        assertEquals(ExitCodes.OK, bench.exitCode(), bench.err());
        String csv = Files.readString(work.resolve("bench.csv"));
        String markdown = Files.readString(work.resolve("bench.md"));
        String stdout = bench.out();
        assertTrue(stdout.contains(csv) && stdout.contains(markdown), "stdout holds both reports");

        List<String[]> rows = csv.lines().skip(1).map(l -> l.split(",", -1)).toList();
        assertEquals(BenchReport.CSV_HEADER, csv.lines().findFirst().orElseThrow());
        rows.forEach(r -> assertEquals(14, r.length, String.join(",", r)));
        for (String run : List.of(BenchReport.FULL, BenchReport.BASE, BenchReport.INCREMENTAL)) {
            assertEquals(PIPELINE_STAGES, rows.stream().filter(r -> r[2].equals(run)).map(r -> r[3]).toList(), run);
        }
        assertEquals(List.of(ColdCommands.RERUN, ColdCommands.NO_OP, ColdCommands.SQL, ColdCommands.REPORT,
                ColdCommands.EXPORT), rows.stream().filter(r -> r[2].equals(ColdCommands.RUN)).map(r -> r[3]).toList());
        assertTrue(rows.stream().allMatch(r -> r[0].equals("0.005") && r[1].equals("278")));

        Path raw = work.resolve("raw-278-seed1");
        assertEquals(lines(raw), rowsIn(rows, FloorScan.RUN, "read + count"), "the bare scan reads every line");
        long ingested = rowsIn(rows, BenchReport.FULL, "ingest");
        assertTrue(ingested > 0 && ingested < lines(raw));
        assertEquals(ingested, rowsIn(rows, BenchReport.BASE, "ingest") + rowsIn(rows, BenchReport.INCREMENTAL, "ingest"),
                "the base and incremental runs together ingest every record once");
        assertTrue(rowsIn(rows, BenchReport.INCREMENTAL, "ingest") > 0);
        assertEquals(rowsIn(rows, BenchReport.FULL, "publish"), rowsOut(rows, BenchReport.FULL, "metrics"),
                "publish reads the gold rows metrics wrote");

        for (String table : List.of("gold.school_access", "gold.relocation_rate_monthly")) {
            String line = markdown.lines().filter(l -> l.startsWith("| 0.005 | " + table + " |")).findFirst()
                    .orElseThrow(() -> new AssertionError("no cross-check line for " + table));
            String[] cells = line.split("\\|");
            assertEquals(cells[3].strip(), cells[4].strip(), "same rows on both sides: " + line);
            assertTrue(Long.parseLong(cells[3].strip().replace(",", "")) > 0, line);
            assertEquals("0", cells[5].strip(), "no differences: " + line);
        }
        assertTrue(markdown.contains("## Against the targets") && markdown.contains("incremental run / full run")
                && markdown.contains("no-op run") && markdown.contains("one sql query")
                && markdown.contains("report, "));
        assertTrue(markdown.startsWith("# opvangmonitor bench\n\nMachine: " + Runtime.getRuntime().availableProcessors()
                + " cores"));
    }

    private static long rowsIn(List<String[]> rows, String run, String stage) {
        return Long.parseLong(only(rows, run, stage)[4]);
    }

    private static long rowsOut(List<String[]> rows, String run, String stage) {
        return Long.parseLong(only(rows, run, stage)[5]);
    }

    private static String[] only(List<String[]> rows, String run, String stage) {
        List<String[]> found = rows.stream().filter(r -> r[2].equals(run) && r[3].equals(stage)).toList();
        assertEquals(1, found.size(), run + " " + stage);
        return found.get(0);
    }

    /** Lines of every CSV file of the seven sources, as a text reader splits them (\n, \r\n or \r). */
    private static long lines(Path raw) throws IOException {
        long lines = 0;
        for (RawSource source : RawSource.values()) {
            try (Stream<Path> files = Files.walk(raw.resolve(source.folder()))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                    lines += Files.readAllLines(f, StandardCharsets.ISO_8859_1).size();
                }
            }
        }
        return lines;
    }
}
