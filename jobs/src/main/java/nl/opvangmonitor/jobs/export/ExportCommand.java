package nl.opvangmonitor.jobs.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.jobs.cli.Console;
import nl.opvangmonitor.jobs.cli.JobFailure;
import nl.opvangmonitor.jobs.cli.LakeOption;
import nl.opvangmonitor.jobs.cli.SparkRuntime;
import nl.opvangmonitor.jobs.cli.Verbosity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The export job: every publish table as CSV and/or one Excel workbook, with a README explaining them. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports every publish table (never gold) as CSV for Dutch Excel and as one Excel workbook, "
                + "with README.txt explaining the suppression marker '" + CellText.MARKER + "'."})
public final class ExportCommand implements Callable<Integer> {
    private static final String JOB = "export";
    /** The workbook's file name. */
    public static final String WORKBOOK = "opvangmonitor.xlsx";
    /** The explanation next to the exports. */
    public static final String README = "README.txt";

    @Mixin
    LakeOption lake;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the exported files.")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "csv,xlsx",
            description = "Comma-separated formats: csv, xlsx (default: ${DEFAULT-VALUE}).")
    Set<ExportFormat> formats = EnumSet.allOf(ExportFormat.class);

    @Override
    public Integer call() {
        Lake source = SparkRuntime.lake(JOB, Verbosity.isVerbose(), lake.root());
        List<PublishedTable> tables = PublishedTable.inLake(source);
        if (tables.isEmpty()) {
            throw new JobFailure("no publish tables in " + lake.root() + ": run publish first");
        }
        try {
            Files.createDirectories(out);
            Files.write(out.resolve(README), ExportExplanation.lines(tables), StandardCharsets.UTF_8);
            if (formats.contains(ExportFormat.CSV)) {
                for (PublishedTable table : tables) {
                    Path file = out.resolve(table.table().name() + ".csv");
                    long rows = CsvExport.write(table, file);
                    Console.progress(JOB, file + ": " + Console.count(rows) + " rows");
                }
            }
            if (formats.contains(ExportFormat.XLSX)) {
                ExcelExport.write(tables, out.resolve(WORKBOOK));
                Console.progress(JOB, out.resolve(WORKBOOK) + ": " + tables.size() + " sheets");
            }
        } catch (IOException e) {
            throw new JobFailure("cannot write the export to " + out + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new JobFailure("cannot write the export to " + out + ": " + e.getCause().getMessage());
        }
        Console.out().println("exported " + tables.size() + " publish tables as " + formats + " to " + out);
        return 0;
    }
}
