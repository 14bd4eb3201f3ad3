package nl.opvangmonitor.jobs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import nl.opvangmonitor.jobs.testing.GeneratedRaw;
import nl.opvangmonitor.jobs.testing.TestFolders;

/**
 * One small generated landing zone and the pipeline run over it as a scheduler that fires twice runs
 * it: two child JVMs started together on one lake (Spark event logs on, Parquet uncompressed). One
 * takes the lake lock and does the work, the other waits for the lock and finds nothing to do. Made
 * once per test JVM and shared: the double-run test checks the two runs, the crash test compares its
 * lakes with the result, the leak test scans everything it left.
 */
final class ReferenceRun {
    /** The pipeline's steps, in order, as its progress lines name them ({@code [pipeline] 2/5 conform}). */
    static final List<String> STEPS = List.of("ingest", "conform", "metrics", "publish");

    private static ReferenceRun instance;

    final Path dir;
    final Path raw;
    final Path lake;
    final Path eventLogs;
    /** The run that ingested, and so made every table. */
    final PipelineProcess worker;
    /** The run that waited for the worker's lock and then found the lake up to date. */
    final PipelineProcess waiter;
    /** Both runs' stdout, and both runs' stderr. */
    final String out;
    final String err;
    /** When the worker made each table (its first commit). */
    private final Map<TableDef, Instant> made;
    /** Each table's content as {@link LakeContent#rows} reads it, on first use. */
    private final Map<TableDef, List<String>> rows = new HashMap<>();

    private ReferenceRun(Path dir, PipelineProcess worker, PipelineProcess waiter) {
        this.dir = dir;
        this.raw = dir.resolve("raw");
        this.lake = dir.resolve("lake");
        this.eventLogs = dir.resolve("event-logs");
        this.worker = worker;
        this.waiter = waiter;
        this.out = worker.out() + waiter.out();
        this.err = worker.err() + "\n" + waiter.err();
        this.made = LakeContent.creationTimes(lake);
    }

    /** The two runs as started, before they end. */
    private record Started(Path dir, PipelineProcess first, PipelineProcess second) {
    }

    private static Started started;

    /**
     * Generates the landing zone and starts both runs without waiting for them (a second call does nothing), so
     * the child JVMs can work while the test JVM runs other tests ({@link ReferenceRunHeadStart}).
     */
    static synchronized void startInBackground() {
        if (started == null) {
            Path dir = TestFolders.temporary("opvangmonitor-reliability");
            generate(dir.resolve("raw"));
            Path eventLogs = dir.resolve("event-logs");
            try {
                Files.createDirectories(eventLogs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Uncompressed event logs and Parquet, so a byte scan of them sees every value as written.
            List<String> jvm = List.of("-Dspark.eventLog.enabled=true", "-Dspark.eventLog.dir=" + eventLogs.toUri(),
                    "-Dspark.eventLog.compress=false", "-Dspark.sql.parquet.compression.codec=uncompressed");
            // --force: the waiting run then goes through every step instead of stopping at the worker's run marker,
            // so the pair also shows that every step on unchanged input makes no new version
            String[] args = pipelineArgs(dir.resolve("raw"), dir.resolve("lake"), "--lock-wait", "3600", "--force");
            started = new Started(dir, PipelineProcess.start(jvm, args), PipelineProcess.start(jvm, args));
        }
    }

    /** The shared run, started on first use unless it was started earlier, once both runs have ended. */
    static synchronized ReferenceRun get() throws InterruptedException {
        if (instance == null) {
            startInBackground();
            PipelineProcess first = started.first();
            PipelineProcess second = started.second();
            assertEquals(ExitCodes.OK, first.exitCode(), first.err());
            assertEquals(ExitCodes.OK, second.exitCode(), second.err());
            boolean firstIngested = first.timeOfErrLine(ReferenceRun::ingestedALocation).isPresent();
            instance = firstIngested ? new ReferenceRun(started.dir(), first, second)
                    : new ReferenceRun(started.dir(), second, first);
        }
        return instance;
    }

    /** The progress line of an ingest that read the first source. */
    static boolean ingestedALocation(String line) {
        return line.startsWith("[ingest] coa_locaties:");
    }

    /** When the worker began the step, by its {@code [pipeline] i/5 step} progress line. */
    Instant stepStart(String step) {
        return worker.timeOfErrLine(l -> l.matches("\\[pipeline] \\d/\\d " + step + "\\b.*"))
                .orElseThrow(() -> new AssertionError("the reference run logged no start of " + step));
    }

    /** The tables the worker made from {@code from} (inclusive) to {@code until}. */
    List<TableDef> madeBetween(Instant from, Instant until) {
        return made.entrySet().stream().filter(e -> !e.getValue().isBefore(from) && e.getValue().isBefore(until))
                .map(Map.Entry::getKey).toList();
    }

    /** The table's content in the reference lake. */
    synchronized List<String> rows(TableDef table) {
        return rows.computeIfAbsent(table, t -> LakeContent.rows(LakeContent.lake(lake), t));
    }

    /** A small landing zone: 100 persons over three months, 21 deliveries, with the generator's defects. */
    static void generate(Path raw) {
        GeneratedRaw.write(raw, 100, "2026-04-01", "2026-06-30");
    }

    /** {@code pipeline --raw R --lake L} plus the given options; the key comes from the environment. */
    static String[] pipelineArgs(Path raw, Path lake, String... options) {
        List<String> args = new ArrayList<>(List.of("pipeline", "--raw", raw.toString(), "--lake", lake.toString()));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    /** The deliveries of the landing zone as {@code source/yyyy-MM-dd}. */
    List<String> landedDeliveries() throws IOException {
        try (Stream<Path> dirs = Files.walk(raw, 2)) {
            return dirs.filter(p -> raw.relativize(p).getNameCount() == 2 && Files.isDirectory(p))
                    .filter(p -> !raw.relativize(p).toString().startsWith("_"))
                    .map(p -> raw.relativize(p).toString()).sorted().toList();
        }
    }
}
