package nl.opvangmonitor.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.opvangmonitor.common.dates.SchoolCalendar;
import nl.opvangmonitor.generator.GeneratorParameters;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.cli.LakeOption;
import nl.opvangmonitor.jobs.cli.PipelineCommand;
import nl.opvangmonitor.jobs.cli.Verbosity;
import nl.opvangmonitor.jobs.ingest.KeyOptions;
import nl.opvangmonitor.jobs.ingest.QualityGate;
import nl.opvangmonitor.jobs.pipeline.PipelineJob;
import nl.opvangmonitor.jobs.runtime.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code opvangmonitor demo}: the newcomer's end-to-end run. Generates the generator's national data set
 * ({@link #PERSONS} persons) if none is there, runs the whole pipeline on it with the demo key (and a quality gate
 * that warns, since the generator's defects are on purpose), writes the exports and the report, and ends with the
 * headline. The national size, because below it disclosure control hides most national figures (at 5,000 and
 * 15,000 persons the report's school chart had no published point); it still takes a few minutes on 2 cores.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate the national data set (55,500 persons) if none is there, run the whole pipeline on "
                + "it (demo key), write exports and the report, and print the headline.")
public final class DemoCommand implements Callable<Integer> {
    /** The demo's generated persons. */
    static final int PERSONS = GeneratorParameters.NATIONAL_PERSONS;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    @Option(names = "--raw", defaultValue = "data/generated/raw", description = "Landing zone (default ${DEFAULT-VALUE}).")
    Path raw;

    @Option(names = "--lake", defaultValue = "data/lake", description = "Lake (default ${DEFAULT-VALUE}).")
    Path lake;

    @Option(names = "--out", defaultValue = "data/demo", description = "Exports and report (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(raw)) {
            Console.progress("demo", String.format(Locale.ROOT, "no data in %s: generating %,d persons (the national "
                    + "set)", raw, PERSONS));
            int generated = ToolsMain.commandLine().execute("generate", "--scale", "national", "--seed", "1", "--out",
                    raw.toString());
            if (generated != ExitCodes.OK) {
                return generated;
            }
        }
        KeyOptions demoKey = new KeyOptions();
        demoKey.useDemoKey();
        int code = PipelineCommand.runLocked(LakeOption.at(lake.toString(), spec), demoKey,
                new PipelineJob.Request(raw.toAbsolutePath().toString(), null, 10, out.resolve("exports"),
                        QualityGate.warning(), SchoolCalendar.official()), 0, // the generator's defects are on purpose
                () -> false, () -> { });
        Path report = out.resolve("report.html");
        ToolsMain.commandLine().execute("report", "--lake", lake.toAbsolutePath().toString(), "--out", report.toString());
        Console.out().println("open " + report.toAbsolutePath() + " in a browser; notebooks: jupyter lab notebooks/");
        return code;
    }
}
