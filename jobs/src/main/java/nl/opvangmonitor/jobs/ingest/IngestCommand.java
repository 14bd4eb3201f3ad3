package nl.opvangmonitor.jobs.ingest;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.opvangmonitor.common.privacy.PseudonymKey;
import nl.opvangmonitor.common.privacy.Pseudonymiser;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.LakeLock;
import nl.opvangmonitor.jobs.cli.LakeWriterLock;
import nl.opvangmonitor.jobs.cli.Console;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.cli.LakeOption;
import nl.opvangmonitor.jobs.cli.Verbosity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code opvangmonitor ingest}: raw deliveries into bronze and quarantine, pseudonymised, with row
 * accounting, under the lake's writer lock (a run that finds the lake locked refuses, exit 5).
 */
@Command(name = IngestJob.NAME, mixinStandardHelpOptions = true,
        description = {"Reads every delivery under --raw not ingested yet into bronze (accepted rows, identifiers "
                + "pseudonymised) and quarantine (rejected rows with reason codes), and records it in ops.deliveries.",
                "The pseudonymisation key comes from --key-file or the environment variable "
                        + PseudonymKey.ENV_VARIABLE + "; without one the command refuses."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    LakeOption lake;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--raw", required = true, paramLabel = "DIR",
            description = "Root of the landing zone: <raw>/<source>/<yyyy-MM-dd>/*.csv (any Hadoop file system URI).")
    String raw;

    @Mixin
    KeyOptions key;

    @Option(names = "--until", paramLabel = "DATE",
            description = "Ingest only deliveries dated on or before this day (yyyy-MM-dd), as a scheduler's run date. "
                    + "Default: all.")
    LocalDate until;

    @Override
    public Integer call() {
        Pseudonymiser pseudonymiser = new Pseudonymiser(key.resolve());
        Lake lakeOfRun = lake.openOrCreate(IngestJob.NAME);
        // two ingest runs at once would both take the same deliveries as pending
        try (LakeLock lock = LakeWriterLock.take(lakeOfRun, IngestJob.NAME, 0)) {
            new IngestJob(lakeOfRun, pseudonymiser).run(raw, until).print(Console.out());
        }
        return ExitCodes.OK;
    }
}
