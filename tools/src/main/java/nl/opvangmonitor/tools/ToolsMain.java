package nl.opvangmonitor.tools;

import nl.opvangmonitor.jobs.cli.Main;
import nl.opvangmonitor.tools.bench.BenchCommand;
import picocli.CommandLine;

/**
 * Entry point of bin/opvangmonitor: the jobs' command line with the tools' commands added (generate, demo,
 * bench), configured as the jobs' own (exit codes, one-line errors). spark-submit runs the job jar's
 * {@link Main} instead, which has the product's commands only.
 */
public final class ToolsMain {
    private ToolsMain() {
    }

    public static void main(String[] args) {
        Main.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The jobs' command line and the tools' commands. */
    public static CommandLine commandLine() {
        return Main.commandLine(new GenerateCommand(), new DemoCommand(), new BenchCommand());
    }
}
