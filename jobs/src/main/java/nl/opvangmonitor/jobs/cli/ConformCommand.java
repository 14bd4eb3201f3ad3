package nl.opvangmonitor.jobs.cli;

import java.util.concurrent.Callable;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.jobs.conform.ConformJob;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.LakeWriterLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opvangmonitor conform}: bronze into silver and the quality findings. */
@Command(name = "conform", mixinStandardHelpOptions = true,
        description = {"Builds the silver tables from bronze (latest version per key, persons, merged youth-care"
                + " trajectories) and the quality findings.",
                "Incremental by default: merges only what the deliveries ingested since the last run changed."})
public final class ConformCommand implements Callable<Integer> {
    @Mixin
    LakeOption lake;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--full", description = "Rebuild every silver table from the whole bronze history (overwrite).")
    boolean full;

    @Override
    public Integer call() {
        Lake lakeOfRun = lake.open("conform");
        try (LakeLock lock = LakeWriterLock.take(lakeOfRun, "conform", 0)) {
            new ConformJob(lakeOfRun).run(full).print(Console.out());
        }
        return ExitCodes.OK;
    }
}
