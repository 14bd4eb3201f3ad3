package nl.opvangmonitor.jobs.cli;

import java.util.concurrent.Callable;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.jobs.publish.PublishJob;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.LakeWriterLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The publish job: every gold table through disclosure control into the publish layer. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Applies disclosure control (primary and secondary suppression, privacy.md) to every gold "
                + "table and writes publish.<table>. A missing gold table is an error: run metrics first."})
public final class PublishCommand implements Callable<Integer> {
    private static final String JOB = PublishJob.NAME;

    @Mixin
    LakeOption lake;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--k", defaultValue = "10", paramLabel = "K",
            description = "Threshold: person counts of 1..K-1 and statistics over fewer than K persons are "
                    + "suppressed (default: ${DEFAULT-VALUE}).")
    int k;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (k < 2) {
            throw new ParameterException(spec.commandLine(), "--k must be at least 2, got " + k);
        }
        Lake lakeOfRun = lake.open(JOB);
        try (LakeLock lock = LakeWriterLock.take(lakeOfRun, JOB, 0)) {
            PublishJob.run(lakeOfRun, k);
            Console.out().println("published " + GoldTables.all().size() + " gold tables with k=" + k);
        }
        return 0;
    }
}
