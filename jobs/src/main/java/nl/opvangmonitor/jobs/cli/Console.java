package nl.opvangmonitor.jobs.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Progress on stderr (which job, which step, rows, elapsed time) and the final summary on
 * stdout, so a scheduler's log stays readable and a script can capture the summary. The streams
 * are looked up on each call, so a redirect ({@code System.setErr}, as tests do) is followed.
 */
public final class Console {
    private static final Instant START = Instant.now();

    private Console() {
    }

    /** One progress line: {@code [job] message (12.3 s)}. */
    public static void progress(String job, String message) {
        System.err.printf(Locale.ROOT, "[%s] %s (%.1f s)%n", job, message, elapsedSeconds());
        System.err.flush();
    }

    /** A warning a person must see, e.g. that a demo key is in use. */
    public static void warn(String message) {
        System.err.println("WARNING: " + message);
        System.err.flush();
    }

    /** Summary output for people and scripts. */
    public static PrintStream out() {
        return System.out;
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
