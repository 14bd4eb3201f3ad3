package nl.opvangmonitor.jobs.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = SharedSpark.withSettingsRestored(() -> Main.run(args));
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /** The lines on stderr that are the command's error message. */
    public long errorLines() {
        return err.lines().filter(l -> l.startsWith("opvangmonitor: error:")).count();
    }
}
