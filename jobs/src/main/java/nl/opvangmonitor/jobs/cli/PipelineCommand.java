package nl.opvangmonitor.jobs.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.concurrent.Callable;
import nl.opvangmonitor.common.privacy.Pseudonymiser;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.jobs.ingest.KeyOptions;
import nl.opvangmonitor.jobs.ingest.QualityGate;
import nl.opvangmonitor.jobs.metrics.SchoolDaysOption;
import nl.opvangmonitor.jobs.pipeline.PipelineJob;
import nl.opvangmonitor.jobs.pipeline.PipelineSummary;
import nl.opvangmonitor.jobs.pipeline.RunMarker;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.LakeWriterLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Option(names = "--force", description = "Run every step even when nothing changed since the last finished run.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Pseudonymiser pseudonymiser = new Pseudonymiser(key.resolve());
        String root = lake.root();
        Optional<RunMarker> seen = RunMarker.last(root);
        boolean unchanged = !force && unchanged(seen, root, pseudonymiser);
        if (unchanged && !LakeLock.held(root)) {
            return saidNothingToDo(root);
        }
        // Once the lock is held, the marker is compared again only if it was equal (another run held the lock) or
        // another run has finished meanwhile and left a new one: table versions only grow, so a marker that differed
        // stays different until then, and the landing zone is not listed a second time on every real run.
        BooleanSupplier nothingToDo = () -> {
            Optional<RunMarker> now = RunMarker.last(root);
            return !force && (unchanged || !now.equals(seen)) && unchanged(now, root, pseudonymiser);
        };
        PipelineJob.Request request = new PipelineJob.Request(raw, asOf, k, exports, gate, schoolDays.calendar());
        return runLocked(lake, key, request, lockWait, nothingToDo, () -> marker(root, pseudonymiser).save(root));
    }

    /**
     * Whether the last finished run left a marker ({@code last}) equal to this run's: then this run would read the
     * same deliveries with the same parameters into the same tables. Read without Spark.
     */
    private boolean unchanged(Optional<RunMarker> last, String root, Pseudonymiser pseudonymiser) {
        return last.isPresent() && last.get().equals(marker(root, pseudonymiser));
    }

    private static int saidNothingToDo(String root) {
        Console.out().println("pipeline: nothing to do: the landing zone, the parameters and every table of " + root
                + " are as the last finished run left them (--force runs anyway)");
        return ExitCodes.OK;
    }

    /**
     * The marker of this run's inputs and the lake as it is now: the command line without --force and a pseudonym
     * that changes with the key (so a new key, which changes every pseudonym, is never taken as nothing to do).
     */
    private RunMarker marker(String root, Pseudonymiser pseudonymiser) {
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        args.remove("--force");
        String parameters = String.join("\n", args) + "\nkey " + pseudonymiser.pseudonym("RUN", "run marker");
        return RunMarker.now(root, raw, exports == null ? null : exports.toAbsolutePath().toString(), parameters);
    }

    /**
     * Runs the chain under the lake lock unless, once the lock is taken, there is {@code nothingToDo} (a run that
     * waited for another's lock finds the lake that run left); prints the summary and then, still under the lock,
     * runs {@code finished}. Shared with the tools' demo command.
     */
    public static int runLocked(LakeOption lake, KeyOptions key, PipelineJob.Request request, long lockWait,
                         BooleanSupplier nothingToDo, Runnable finished) {
        Pseudonymiser pseudonymiser = new Pseudonymiser(key.resolve());
        Lake lakeOfRun = lake.openOrCreate(PipelineJob.NAME);
        try (LakeLock lock = LakeWriterLock.take(lakeOfRun, PipelineJob.NAME, lockWait)) {
            if (nothingToDo.getAsBoolean()) {
                return saidNothingToDo(lake.root());
            }
            LocalDate used = PipelineJob.run(lakeOfRun, pseudonymiser, request);
            Console.out().println("pipeline: done for as_of " + used + " in "
                    + String.format(java.util.Locale.ROOT, "%.0f s", Console.elapsedSeconds()));
            PipelineSummary.print(lakeOfRun, request.exports(), Console.out());
            finished.run();
        }
        return ExitCodes.OK;
    }
}
