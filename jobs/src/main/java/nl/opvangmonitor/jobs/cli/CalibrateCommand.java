package nl.opvangmonitor.jobs.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.jobs.metrics.calibrate.Calibration;
import nl.opvangmonitor.jobs.metrics.calibrate.CalibrationReport;
import nl.opvangmonitor.jobs.metrics.calibrate.CalibrationTargets;
import nl.opvangmonitor.jobs.metrics.calibrate.GoldFigures;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code opvangmonitor calibrate}: the published figures of synthetic-data.md's calibration table
 * beside what the lake's gold tables give for the same date, with the difference in percent. A
 * report, so it exits 0; {@code --strict} makes a figure off by more than 10% (or missing) fail.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Compare the gold tables with the published figures the synthetic data is calibrated on.",
                "Run 'metrics --as-of' for 2025-05-31, 2026-01-26, 2026-04-29 and 2026-06-17 first, so gold holds "
                        + "those days."})
public final class CalibrateCommand implements Callable<Integer> {
    private static final String JOB = "calibrate";

    @Mixin
    LakeOption lake;
    @Mixin
    Verbosity verbosity;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "as_of at which undated figures (share of emergency locations, participation) are read."
                    + " Default: the latest as_of in gold.")
    LocalDate asOf;

    @Option(names = "--strict",
            description = "Exit with code 6 when a figure is off by more than 10%% or missing from gold.")
    boolean strict;

    @Override
    public Integer call() {
        Lake l = lake.open(JOB);
        GoldFigures gold = new GoldFigures(l);
        if (!gold.hasGold()) {
            throw new JobFailure("no gold tables in " + l.root() + ": run metrics first");
        }
        Console.progress(JOB, "reading gold tables");
        List<Calibration.Result> results = Calibration.compare(CalibrationTargets.all(asOf), gold);
        Console.out().print(CalibrationReport.render(results));
        return strict && Calibration.anyMiss(results) ? ExitCodes.CALIBRATION_MISS : ExitCodes.OK;
    }
}
