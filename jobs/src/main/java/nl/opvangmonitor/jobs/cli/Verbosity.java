package nl.opvangmonitor.jobs.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} option every subcommand mixes in: Spark's logs and stack traces. */
public final class Verbosity {
    private static boolean verbose;

    @Option(names = {"-v", "--verbose"}, description = "Show Spark's logs and full stack traces.")
    void setVerbose(boolean value) {
        verbose = value;
    }

    /** Whether this process runs verbosely (set once from the command line). */
    public static boolean isVerbose() {
        return verbose;
    }
}
