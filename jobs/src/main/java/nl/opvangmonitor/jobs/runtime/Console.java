package nl.opvangmonitor.jobs.runtime;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Progress on stderr (which job, which step, rows, elapsed time) and the final summary on
 * stdout, so a scheduler's log stays readable and a script can capture the summary. The streams
 * are looked up on each call, so a redirect ({@code System.setErr}, as tests do) is followed.
 */
public final class Console {
    private static final Instant START = Instant.now();
    /** The least time between two lines of a {@link #throttled} counter. */
    public static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

    private Console() {
    }

    /** One progress line: {@code [job] message (12.3 s)}. */
    public static void progress(String job, String message) {
        System.err.printf(Locale.ROOT, "[%s] %s (%.1f s)%n", job, message, elapsedSeconds());
        System.err.flush();
    }

    /**
     * A progress counter for a fast loop: {@code [job] 1,234 <what>} at most once per {@link #PROGRESS_INTERVAL},
     * so a run of a second prints a line or none, not twenty.
     */
    public static LongConsumer throttled(String job, String what) {
        Instant[] last = {Instant.now()};
        return done -> {
            Instant now = Instant.now();
            if (Duration.between(last[0], now).compareTo(PROGRESS_INTERVAL) >= 0) {
                last[0] = now;
                progress(job, count(done) + " " + what);
            }
        };
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
