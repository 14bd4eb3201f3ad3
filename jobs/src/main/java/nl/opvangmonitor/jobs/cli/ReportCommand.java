package nl.opvangmonitor.jobs.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.jobs.report.MonitoringReport;
import nl.opvangmonitor.jobs.report.ReportData;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.sql.DeltaSnapshot;
import nl.opvangmonitor.jobs.sql.SqlEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opvangmonitor report}: the monitoring report as one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the monitoring report (headline, trends as charts, quality) as one offline HTML page, "
                + "from the publish tables only.")
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    LakeOption lake;
    @Mixin
    Verbosity verbosity;

    @Mixin
    EngineOption engine;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The HTML file to write.")
    Path out;

    @Option(names = "--k", defaultValue = "10", description = "The suppression threshold used by publish, for the footnote (default ${DEFAULT-VALUE}).")
    int k;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        String html;
        try (SqlEngine publish = engine.open(lake, "report", verbosity.on(), t -> t.layer() == Layer.PUBLISH,
                DeltaSnapshot.Choice.latest(), false)) {
            html = MonitoringReport.build(new ReportData(publish), k);
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, html, StandardCharsets.UTF_8);
        Console.out().println("report: written to " + out.toAbsolutePath());
        return ExitCodes.OK;
    }
}
