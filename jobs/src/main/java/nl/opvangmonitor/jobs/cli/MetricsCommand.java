package nl.opvangmonitor.jobs.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.jobs.metrics.AsOfSlices;
import nl.opvangmonitor.jobs.metrics.MetricsJob;
import nl.opvangmonitor.jobs.metrics.SchoolDaysOption;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.LakeWriterLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opvangmonitor metrics}: per-child facts and the gold tables of metrics.md. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Compute the per-child facts (silver) and every gold table of metrics.md on one as_of date, and"
                + " gold.data_quality.")
public final class MetricsCommand implements Callable<Integer> {
    @Mixin
    LakeOption lake;
    @Mixin
    Verbosity verbosity;
    @Mixin
    SchoolDaysOption schoolDays;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Reporting date (yyyy-MM-dd). Default: the latest delivery date over all sources. "
                    + "A date after the month of the newest delivery is refused (exit 2) unless --allow-future.")
    LocalDate asOf;

    @Option(names = "--allow-future", description = "Compute an --as-of after the month of the newest delivery anyway.")
    boolean allowFuture;

    @Option(names = "--drop-as-of", paramLabel = "DATE",
            description = "Instead of computing: remove this as_of's slice from the gold tables that keep one per as_of "
                    + "and from their publish tables (idempotent).")
    LocalDate dropAsOf;

    @Override
    public Integer call() {
        Lake lakeOfRun = lake.open("metrics");
        try (LakeLock lock = LakeWriterLock.take(lakeOfRun, "metrics", 0)) {
            if (dropAsOf != null) {
                List<String> dropped = AsOfSlices.drop(lakeOfRun, dropAsOf);
                Console.out().println(dropped.isEmpty() ? "metrics: no table holds as_of " + dropAsOf + ": nothing dropped"
                        : "metrics: as_of " + dropAsOf + " dropped from " + String.join(", ", dropped));
                return ExitCodes.OK;
            }
            LocalDate used = MetricsJob.run(lakeOfRun, asOf, allowFuture, schoolDays.calendar());
            Console.out().println("metrics: gold tables written for as_of " + used);
        }
        return ExitCodes.OK;
    }
}
