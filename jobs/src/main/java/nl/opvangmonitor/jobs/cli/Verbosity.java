package nl.opvangmonitor.jobs.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --verbose} option every subcommand mixes in (as a field named {@code verbosity}): Spark's logs and
 * stack traces. Held by the command it was parsed for, so one verbose run leaves the next in the same JVM quiet.
 */
public final class Verbosity {
    @Option(names = {"-v", "--verbose"}, description = "Show Spark's logs and full stack traces.")
    boolean verbose;

    /** Whether this command line asked for verbose output. */
    public boolean on() {
        return verbose;
    }

    /** Whether the given command was run verbosely: its {@code verbosity} mixin says so (quiet without one). */
    static boolean of(CommandSpec command) {
        CommandSpec mixin = command == null ? null : command.mixins().get("verbosity");
        return mixin != null && ((Verbosity) mixin.userObject()).verbose;
    }
}
