package nl.opvangmonitor.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.tools.ToolsMain;
import nl.opvangmonitor.jobs.cli.Verbosity;
import nl.opvangmonitor.generator.GeneratorParameters;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.FailureKind;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import nl.opvangmonitor.jobs.runtime.SparkRuntime;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code opvangmonitor bench}: per scale, generates the raw data (not timed), times a full pipeline run on a
 * fresh lake in a child JVM (JVM start included) step by step, a bare Spark scan of the raw files and the
 * DuckDB peer, cross-checks the peer's two tables with Spark's, then (unless {@code --no-incremental}) times an
 * incremental monthly run and, each in a fresh JVM, a no-op rerun, one sql query, report and export; writes
 * the report as Markdown and CSV into the work folder and to stdout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times the pipeline at one or more data scales against a bare Spark scan and a DuckDB peer.",
                "Cross-checks DuckDB's numbers with the Spark gold tables (a difference exits 1) and writes bench.md "
                        + "and bench.csv into the work folder and to stdout. Generated data and the demo key only."})
public final class BenchCommand implements Callable<Integer> {
    private static final String JOB = "bench";
    private static final long SEED = 1;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--scales", defaultValue = "1", split = ",", paramLabel = "S[,S...]",
            description = "Scales to run: 1 is the generator's national preset (55,500 persons), 10 ten times its"
                    + " persons; fractions (0.01) for a quick check. Default: ${DEFAULT-VALUE}.")
    List<Double> scales;

    @Option(names = "--work", required = true, paramLabel = "DIR",
            description = "Folder for the generated data (kept and reused per scale), the lakes and the report.")
    Path work;

    @Option(names = "--k", defaultValue = "10", description = "Suppression threshold of publish (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--no-incremental",
            description = "Leave out the incremental monthly run (two more pipelines) and the cold commands (no-op, "
                    + "sql, report, export): a quick check that the command works and DuckDB agrees with Spark, as "
                    + "CI runs it.")
    boolean noIncremental;

    private double loadBefore;

    @Override
    public Integer call() {
        for (double s : scales) {
            if (!(s > 0)) {
                throw new JobFailure("--scales: " + BenchReport.scale(s) + " must be above 0",
                        FailureKind.USAGE);
            }
        }
        loadBefore = ProcessFigures.loadAverage();
        SparkSession spark = SparkRuntime.session(JOB, verbosity.on());
        BenchReport report = new BenchReport(Machine.describe(spark.version()));
        for (double s : scales) {
            benchScale(spark, report, s);
        }
        String markdown = save(report);
        Console.out().println(markdown);
        Console.out().println(report.csv());
        if (!report.agrees()) {
            throw new JobFailure("DuckDB and Spark disagree (see the cross-check in " + work.resolve("bench.md")
                    + "): a bug in one of the two");
        }
        return ExitCodes.OK;
    }

    /**
     * Writes the report so far into the work folder and returns its Markdown: saved after every run, so a
     * bench stopped at a large scale still leaves the figures of the runs that finished.
     */
    private String save(BenchReport report) {
        String markdown = report.markdown(loadBefore, ProcessFigures.loadAverage());
        write(work.resolve("bench.md"), markdown);
        write(work.resolve("bench.csv"), report.csv());
        return markdown;
    }

    private void benchScale(SparkSession spark, BenchReport report, double s) {
        long persons = persons(s);
        Path raw = generated(persons);
        Console.progress(JOB, "scale " + BenchReport.scale(s) + ": full run on a fresh lake");
        Path lake = fresh("lake-" + persons + "-full");
        report.add(PipelineTiming.run(s, persons, BenchReport.FULL, raw, lake, k, null));
        save(report);
        Console.progress(JOB, "scale " + BenchReport.scale(s) + ": bare scan");
        report.add(List.of(FloorScan.measure(spark, s, persons, raw)));
        Console.progress(JOB, "scale " + BenchReport.scale(s) + ": DuckDB peer");
        PeerRun peer = PeerRun.measure(s, persons, raw);
        report.add(List.of(peer.measurement()));
        Lake full = SparkRuntime.lake(JOB, verbosity.on(), lake.toString());
        report.add(new BenchReport.ScaleCheck(s, List.of(CrossCheck.compare(peer.result().schoolAccess(), full),
                CrossCheck.compare(peer.result().relocationRateMonthly(), full))));
        save(report);
        if (noIncremental) {
            return;
        }

        Console.progress(JOB, "scale " + BenchReport.scale(s) + ": incremental run");
        // as a scheduler runs it: the base run on the day before the last month (pipeline --as-of leaves
        // later deliveries to a later run), then the last month's run, which finds only its deliveries new
        Path incrementalLake = fresh("lake-" + persons + "-incremental");
        LocalDate beforeLastMonth = LandingZone.scan(raw).lastDelivery().withDayOfMonth(1).minusDays(1);
        report.add(PipelineTiming.run(s, persons, BenchReport.BASE, raw, incrementalLake, k, beforeLastMonth));
        save(report);
        report.add(PipelineTiming.run(s, persons, BenchReport.INCREMENTAL, raw, incrementalLake, k, null));
        save(report);

        Console.progress(JOB, "scale " + BenchReport.scale(s) + ": no-op rerun, sql, report and export, cold");
        report.add(ColdCommands.measure(s, persons, raw, lake, work));
        save(report);
    }

    /** The landing zone of this many persons, generated in a child JVM unless an earlier bench left it complete. */
    private Path generated(long persons) {
        Path raw = work.resolve("raw-" + persons + "-seed" + SEED);
        Path done = raw.resolve("_manifest").resolve("bench-complete");
        if (Files.exists(done)) {
            Console.progress(JOB, "reusing " + raw);
            return raw;
        }
        Folders.deleteTree(raw);
        Console.progress(JOB, "generating " + Console.count(persons) + " persons into " + raw + " (not timed)");
        ChildJvm.run(ToolsMain.class.getName(), List.of("generate", "--scale", "national", "--persons",
                String.valueOf(persons), "--seed", String.valueOf(SEED), "--out", raw.toString()));
        write(done, "complete\n");
        return raw;
    }

    private Path fresh(String name) {
        Path folder = work.resolve(name);
        Folders.deleteTree(folder);
        return folder;
    }

    private static long persons(double scale) {
        return Math.max(1, Math.round(GeneratorParameters.NATIONAL_PERSONS * scale));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
