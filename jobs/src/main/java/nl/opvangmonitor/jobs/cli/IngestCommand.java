package nl.opvangmonitor.jobs.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.opvangmonitor.common.privacy.PseudonymKey;
import nl.opvangmonitor.common.privacy.Pseudonymiser;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.jobs.ingest.IngestJob;
import nl.opvangmonitor.jobs.ingest.IngestSummary;
import nl.opvangmonitor.jobs.ingest.KeyOptions;
import nl.opvangmonitor.jobs.ingest.QualityGate;
import nl.opvangmonitor.jobs.ingest.Retraction;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.LakeWriterLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code opvangmonitor ingest}: raw deliveries into bronze and quarantine, pseudonymised, with row
 * accounting, under the lake's writer lock (a run that finds the lake locked refuses, exit 5).
 */
@Command(name = IngestJob.NAME, mixinStandardHelpOptions = true,
        description = {"Reads every delivery under --raw not ingested yet into bronze (accepted rows, identifiers "
                + "pseudonymised) and quarantine (rejected rows with reason codes), and records it in ops.deliveries.",
                "Over the quality gate (a delivery's quarantined share, a cut-off file, a manifest mismatch, with "
                        + "--require-all-sources a missing source) it ingests, keeps the findings in "
                        + "ops.delivery_findings and exits 3.",
                "The pseudonymisation key comes from --key-file or the environment variable "
                        + PseudonymKey.ENV_VARIABLE + "; without one the command refuses."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    LakeOption lake;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--raw", paramLabel = "DIR",
            description = "Root of the landing zone: <raw>/<source>/<yyyy-MM-dd>/*.csv (any Hadoop file system URI); "
                    + "required unless --retract.")
    String raw;

    @Mixin
    KeyOptions key;

    @Option(names = "--until", paramLabel = "DATE",
            description = "Ingest only deliveries dated on or before this day (yyyy-MM-dd), as a scheduler's run date. "
                    + "Default: all.")
    LocalDate until;

    @Mixin
    QualityGate gate;

    @Option(names = "--retract", paramLabel = "SOURCE/DATE",
            description = "Take a delivery back instead (e.g. coa_bewoning/2024-01-31): its rows leave bronze and "
                    + "quarantine, the retraction is kept in ops.retractions; needs --reason.")
    String retract;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the delivery is retracted (with --retract).")
    String reason;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (retract != null) {
            return retract();
        }
        if (raw == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--raw=DIR' (or --retract)");
        }
        Pseudonymiser pseudonymiser = new Pseudonymiser(key.resolve());
        Lake lakeOfRun = lake.openOrCreate(IngestJob.NAME);
        // two ingest runs at once would both take the same deliveries as pending
        try (LakeLock lock = LakeWriterLock.take(lakeOfRun, IngestJob.NAME, 0)) {
            IngestSummary summary = new IngestJob(lakeOfRun, pseudonymiser).run(raw, until, gate);
            summary.print(Console.out());
            summary.enforceGate();
        }
        return ExitCodes.OK;
    }

    private int retract() {
        if (reason == null || reason.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--retract needs --reason \"why\"");
        }
        Lake lakeOfRun = lake.open(IngestJob.NAME);
        try (LakeLock lock = LakeWriterLock.take(lakeOfRun, IngestJob.NAME, 0)) {
            Console.out().println(Retraction.of(lakeOfRun, retract).run(reason, System.getProperty("user.name")));
        }
        return ExitCodes.OK;
    }
}
