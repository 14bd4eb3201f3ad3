package nl.opvangmonitor.jobs.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.opvangmonitor.common.privacy.Pseudonymiser;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.jobs.ingest.KeyOptions;
import nl.opvangmonitor.jobs.ingest.QualityGate;
import nl.opvangmonitor.jobs.metrics.SchoolDaysOption;
import nl.opvangmonitor.jobs.pipeline.PipelineJob;
import nl.opvangmonitor.jobs.pipeline.PipelineSummary;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.LakeWriterLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opvangmonitor pipeline}: ingest, conform, metrics, publish (and exports) in one process. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Run the whole chain on a lake: ingest, conform, metrics, publish, and the exports when "
                + "--exports is given. One progress line per step, a summary at the end.")
public final class PipelineCommand implements Callable<Integer> {
    @Mixin
    LakeOption lake;
    @Mixin
    Verbosity verbosity;
    @Mixin
    KeyOptions key;
    @Mixin
    QualityGate gate;
    @Mixin
    SchoolDaysOption schoolDays;

    @Option(names = "--raw", required = true, paramLabel = "DIR", description = "Root of the landing zone.")
    String raw;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Reporting date (yyyy-MM-dd); deliveries dated after it are left for a later run. "
                    + "Default: the latest delivery date over all sources.")
    LocalDate asOf;

    @Option(names = "--k", defaultValue = "10", description = "Suppression threshold (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--exports", paramLabel = "DIR", description = "Write CSV and Excel exports of the publish tables here.")
    Path exports;

    @Option(names = "--lock-wait", defaultValue = "0", paramLabel = "SECONDS",
            description = "Wait this long for another run's lake lock before refusing (default ${DEFAULT-VALUE}).")
    long lockWait;

    @Override
    public Integer call() {
        return runLocked(lake, key, new PipelineJob.Request(raw, asOf, k, exports, gate, schoolDays.calendar()), lockWait);
    }

    /** Runs the chain under the lake lock and prints the summary; shared with the demo command. */
    static int runLocked(LakeOption lake, KeyOptions key, PipelineJob.Request request, long lockWait) {
        Pseudonymiser pseudonymiser = new Pseudonymiser(key.resolve());
        Lake lakeOfRun = lake.openOrCreate(PipelineJob.NAME);
        try (LakeLock lock = LakeWriterLock.take(lakeOfRun, PipelineJob.NAME, lockWait)) {
            LocalDate used = PipelineJob.run(lakeOfRun, pseudonymiser, request);
            Console.out().println("pipeline: done for as_of " + used + " in "
                    + String.format(java.util.Locale.ROOT, "%.0f s", Console.elapsedSeconds()));
            PipelineSummary.print(lakeOfRun, request.exports(), Console.out());
        }
        return ExitCodes.OK;
    }
}
