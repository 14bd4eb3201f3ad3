package nl.opvangmonitor.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.generator.CalibrationProbe;
import nl.opvangmonitor.generator.Generator;
import nl.opvangmonitor.generator.GeneratorParameters;
import nl.opvangmonitor.generator.Identifiers;
import nl.opvangmonitor.generator.SyntheticWorld;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.cli.Verbosity;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code opvangmonitor generate}: writes synthetic raw deliveries of the seven sources (synthetic-data.md). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes synthetic raw deliveries of all seven sources, as data-contract.md describes them.",
                "Defects are made on purpose, with a manifest of them. Same seed and options: the same bytes."})
public final class GenerateCommand implements Callable<Integer> {
    private static final String JOB = "generate";

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--scale", defaultValue = "small", paramLabel = "small|national",
            description = "Preset: small (a few hundred persons) or national (targets the published figures). Default: ${DEFAULT-VALUE}.")
    String scale;

    @Option(names = "--persons", paramLabel = "N",
            description = "Number of persons, overriding the preset's; locations and leads scale with it.")
    Integer persons;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--from", defaultValue = Generator.DEFAULT_FROM, paramLabel = "DATE",
            description = "First day of the delivery range (yyyy-MM-dd). Default: ${DEFAULT-VALUE}.")
    LocalDate from;

    @Option(names = "--to", defaultValue = Generator.DEFAULT_TO, paramLabel = "DATE",
            description = "Last day of the delivery range (yyyy-MM-dd). Default: ${DEFAULT-VALUE}.")
    LocalDate to;

    @Option(names = "--out", paramLabel = "DIR", description = "Landing zone to write (must be empty or absent).")
    Path out;

    @Option(names = "--defect-rate", defaultValue = "0.005", paramLabel = "R",
            description = "Share of rows followed by a corrupted copy (0 turns defects off). Default: ${DEFAULT-VALUE}.")
    double defectRate;

    @Option(names = "--probe",
            description = "Write nothing: print the calibration figures computed from the in-memory model instead.")
    boolean probe;

    @Override
    public Integer call() {
        GeneratorParameters params = parameters();
        if (!to.isAfter(from)) {
            throw usage("--to " + to + " must lie after --from " + from);
        }
        if (probe) {
            printProbe(new SyntheticWorld(params, seed, from, to));
            return ExitCodes.OK;
        }
        if (out == null) {
            throw usage("--out is required (or --probe)");
        }
        requireEmpty(out);
        Console.progress(JOB, String.format(Locale.ROOT, "%s persons, scale %s, seed %d, %s..%s, defect rate %s into %s",
                Console.count(params.persons()), params.scale(), seed, from, to, defectRate, out));
        Generator.Summary summary = Generator.write(params, seed, from, to, out,
                Console.throttled(JOB, "persons done"));
        printSummary(summary);
        return ExitCodes.OK;
    }

    private GeneratorParameters parameters() {
        GeneratorParameters params;
        try {
            params = GeneratorParameters.preset(scale);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (persons != null) {
            if (persons < 1 || persons > Identifiers.MAX_PERSONS) {
                throw usage("--persons must be between 1 and " + Identifiers.MAX_PERSONS);
            }
            params = params.withPersons(persons);
        }
        if (!(defectRate >= 0 && defectRate <= 0.5)) {
            throw usage("--defect-rate must be between 0 and 0.5");
        }
        return params.withDefectRate(defectRate);
    }

    private static void requireEmpty(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new JobFailure("--out " + dir + " is a file, not a folder");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new JobFailure("--out " + dir + " is not empty; remove it or choose another folder");
            }
        } catch (IOException e) {
            throw new JobFailure("cannot read --out " + dir + ": " + e.getMessage());
        }
    }

    private void printSummary(Generator.Summary s) {
        PrintStream o = Console.out();
        o.printf(Locale.ROOT, "generated %s persons in %s households, seed %d, %s..%s, scale %s, into %s%n",
                Console.count(s.persons()), Console.count(s.households()), seed, from, to, scale, out);
        o.printf(Locale.ROOT, "%-24s %6s %12s %9s%n", "source", "files", "rows", "defects");
        long rows = 0;
        long defects = 0;
        int filesPerSource = s.files() / RawSource.values().length;
        for (RawSource source : RawSource.values()) {
            o.printf(Locale.ROOT, "%-24s %6d %12s %9s%n", source.folder(), filesPerSource,
                    Console.count(s.rows().get(source)), Console.count(s.defects().get(source)));
            rows += s.rows().get(source);
            defects += s.defects().get(source);
        }
        o.printf(Locale.ROOT, "%-24s %6d %12s %9s%n", "total", s.files(), Console.count(rows), Console.count(defects));
        o.printf(Locale.ROOT, "rows include the defects; manifest: %s%n", out.resolve("_manifest"));
    }

    private void printProbe(SyntheticWorld world) {
        Console.progress(JOB, "probe: " + Console.count(world.params.persons()) + " persons, scale " + world.params.scale());
        List<CalibrationProbe.Figure> figures = CalibrationProbe.measure(world,
                Console.throttled(JOB, "persons done"));
        PrintStream o = Console.out();
        o.printf(Locale.ROOT, "%-62s %12s %12s%n", "figure (from the in-memory model)", "generated", "published");
        for (CalibrationProbe.Figure f : figures) {
            o.printf(Locale.ROOT, "%-62s %12s %12s%n", f.name(), number(f.value()), number(f.published()));
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) >= 1 ? Console.count((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
