package nl.opvangmonitor.jobs.testing;

import nl.opvangmonitor.common.testing.CapturedOutput;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.Main;

/**
 * One run of the real command line in this JVM (on the shared test SparkSession, whose settings are restored after
 * it), with its exit code and captured output.
 */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code opvangmonitor <args>} in this JVM with stdout and stderr captured. */
    public static CliRun of(String... args) {
        SharedSpark.spark(); // the job's getOrCreate then finds the test session (local[2])
        CapturedOutput run = CapturedOutput.of(() -> SharedSpark.withSettingsRestored(() -> Main.run(args)));
        return new CliRun(run.exitCode(), run.out(), run.err());
    }

    /** The lines on stderr that are the command's error message. */
    public long errorLines() {
        return err.lines().filter(l -> l.startsWith("opvangmonitor: error:")).count();
    }
}
