package nl.opvangmonitor.jobs.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Progress on stderr (which job, which step, rows, elapsed time) and the final summary on
 * stdout, so a scheduler's log stays readable and a script can capture the summary.
 */
public final class Console {
    private static PrintStream err = System.err;
    private static PrintStream out = System.out;
    private static final Instant START = Instant.now();

    private Console() {
    }

    /** One progress line: {@code [job] message (12.3 s)}. */
    public static void progress(String job, String message) {
        err.printf(Locale.ROOT, "[%s] %s (%.1f s)%n", job, message, elapsedSeconds());
        err.flush();
    }

    /** A warning a person must see, e.g. that a demo key is in use. */
    public static void warn(String message) {
        err.println("WARNING: " + message);
        err.flush();
    }

    /** Summary output for people and scripts. */
    public static PrintStream out() {
        return out;
    }

    /** Seconds since the command started. */
    public static double elapsedSeconds() {
        return Duration.between(START, Instant.now()).toMillis() / 1000.0;
    }

    /** A count with thousands separators, e.g. {@code 12,345}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
