package nl.opvangmonitor.jobs.cli;

import picocli.CommandLine.Command;

/**
 * The top command; every job is a subcommand, runnable alone by a scheduler. The tools' commands (generate, demo,
 * bench) are added by the tools module's launcher, never in the job jar.
 */
@Command(name = "opvangmonitor", mixinStandardHelpOptions = true, version = "opvangmonitor 0.1.0",
        description = "Monitoring of children in Dutch asylum reception: from raw extracts to published figures.",
        subcommands = {
                nl.opvangmonitor.jobs.cli.IngestCommand.class,
                nl.opvangmonitor.jobs.cli.ConformCommand.class,
                nl.opvangmonitor.jobs.cli.MetricsCommand.class,
                nl.opvangmonitor.jobs.cli.PublishCommand.class,
                nl.opvangmonitor.jobs.cli.ExportCommand.class,
                nl.opvangmonitor.jobs.cli.ReportCommand.class,
                nl.opvangmonitor.jobs.cli.SqlCommand.class,
                nl.opvangmonitor.jobs.cli.PipelineCommand.class,
                nl.opvangmonitor.jobs.cli.CalibrateCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:failure (one line on stderr; --verbose shows the stack trace)",
                "2:usage error",
                "3:data-quality threshold exceeded",
                "4:row accounting broken (rows read != accepted + quarantined)",
                "5:the lake is locked by another run",
                "6:calibrate --strict: a figure misses its published value"})
public final class OpvangmonitorCommand {
}
