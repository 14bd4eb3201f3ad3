package nl.opvangmonitor.jobs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;

/**
 * One small generated landing zone and one uninterrupted pipeline run over it in a child JVM (with
 * Spark event logs on, Parquet uncompressed), made once per test JVM and shared: the crash, double-run and leak tests
 * compare their lakes with it or scan what it left.
 */
final class ReferenceRun {
    private static ReferenceRun instance;

    final Path dir;
    final Path raw;
    final Path lake;
    final Path eventLogs;
    final String out;
    final String err;

    private ReferenceRun(Path dir, String out, String err) {
        this.dir = dir;
        this.raw = dir.resolve("raw");
        this.lake = dir.resolve("lake");
        this.eventLogs = dir.resolve("event-logs");
        this.out = out;
        this.err = err;
    }

    /** The shared run, made on first use. */
    static synchronized ReferenceRun get() throws IOException, InterruptedException {
        if (instance == null) {
            Path dir = Files.createTempDirectory("opvangmonitor-reliability");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            generate(dir.resolve("raw"));
            Path eventLogs = Files.createDirectories(dir.resolve("event-logs"));
            // Uncompressed event logs and Parquet, so a byte scan of them sees every value as written.
            PipelineProcess run = PipelineProcess.start(List.of("-Dspark.eventLog.enabled=true",
                    "-Dspark.eventLog.dir=" + eventLogs.toUri(), "-Dspark.eventLog.compress=false",
                    "-Dspark.sql.parquet.compression.codec=uncompressed"),
                    pipelineArgs(dir.resolve("raw"), dir.resolve("lake")));
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            instance = new ReferenceRun(dir, run.out(), run.err());
        }
        return instance;
    }

    /** A small landing zone: 100 persons over three months, 21 deliveries, with the generator's defects. */
    static void generate(Path raw) {
        CliRun generated = CliRun.of("generate", "--persons", "100", "--from", "2026-04-01", "--to", "2026-06-30",
                "--out", raw.toString());
        assertEquals(ExitCodes.OK, generated.exitCode(), generated.err());
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

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
