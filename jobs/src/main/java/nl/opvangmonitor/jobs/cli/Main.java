package nl.opvangmonitor.jobs.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import picocli.CommandLine;

/** Entry point for the launcher and for {@code spark-submit --class nl.opvangmonitor.jobs.cli.Main}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        exit(run(args));
    }

    /** Ends the process with {@code code} once everything printed is out. */
    public static void exit(int code) {
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The configured command line: exit codes per {@link ExitCodes}, errors as one line. {@code tools} are more
     * subcommands (the tools module's launcher adds generate, demo and bench), configured like the jobs' own.
     */
    public static CommandLine commandLine(Object... tools) {
        CommandLine cli = new CommandLine(new OpvangmonitorCommand());
        for (Object tool : tools) {
            cli.addSubcommand(tool);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(LocalDate.class, Main::date);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Throwable root = rootCause(e);
            String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            commandLine.getErr().println("opvangmonitor: error: " + JobFailure.firstLine(message));
            if (Verbosity.of(commandLine.getCommandSpec())) {
                e.printStackTrace(commandLine.getErr());
            }
            return e instanceof JobFailure f ? ExitCodes.of(f.kind()) : ExitCodes.FAILURE;
        });
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE
                : e instanceof JobFailure f ? ExitCodes.of(f.kind()) : ExitCodes.FAILURE);
        return cli;
    }

    /** A date option's value: {@code yyyy-MM-dd}, or a usage error saying so (not Java's parse exception). */
    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date of the form yyyy-MM-dd");
        }
    }

    /** A usage error as one line naming the command and where the options are listed; exit 2. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("opvangmonitor: usage error: " + JobFailure.firstLine(e.getMessage()) + " (see "
                + command.getCommandSpec().qualifiedName() + " --help)");
        return ExitCodes.USAGE;
    }

    private static Throwable rootCause(Throwable e) {
        if (e instanceof JobFailure) {
            return e;
        }
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t instanceof JobFailure) {
                return t;
            }
        }
        return t;
    }
}
