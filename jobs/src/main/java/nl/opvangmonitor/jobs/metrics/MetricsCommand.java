package nl.opvangmonitor.jobs.metrics;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.cli.LakeOption;
import nl.opvangmonitor.jobs.cli.LakeWriterLock;
import nl.opvangmonitor.jobs.cli.SparkRuntime;
import nl.opvangmonitor.jobs.cli.Verbosity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opvangmonitor metrics}: per-child facts and the gold tables of metrics.md. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Compute the per-child facts (silver) and every gold table of metrics.md on one as_of date.")
public final class MetricsCommand implements Callable<Integer> {
    @Mixin
    LakeOption lake;
    @Mixin
    Verbosity verbosity;
    @Mixin
    SchoolDaysOption schoolDays;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Reporting date (yyyy-MM-dd). Default: the latest delivery date over all sources.")
    LocalDate asOf;

    @Override
    public Integer call() {
        Lake lakeOfRun = SparkRuntime.lake("metrics", Verbosity.isVerbose(), lake.root());
        try (LakeLock lock = LakeWriterLock.take(lakeOfRun, "metrics", 0)) {
            LocalDate used = MetricsJob.run(lakeOfRun, asOf, schoolDays.calendar());
            nl.opvangmonitor.jobs.cli.Console.out().println("metrics: gold tables written for as_of " + used);
        }
        return ExitCodes.OK;
    }
}
