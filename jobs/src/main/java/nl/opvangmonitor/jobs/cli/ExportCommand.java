package nl.opvangmonitor.jobs.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.opvangmonitor.jobs.export.CellText;
import nl.opvangmonitor.jobs.export.CsvDialect;
import nl.opvangmonitor.jobs.export.ExportFormat;
import nl.opvangmonitor.jobs.export.ExportJob;
import nl.opvangmonitor.jobs.sql.DeltaSnapshot;
import nl.opvangmonitor.jobs.sql.SqlEngine;
import nl.opvangmonitor.jobs.runtime.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The export job: every publish table as CSV and/or one Excel workbook, with a README explaining them. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports every publish table (never gold) as CSV for Dutch Excel and as one Excel workbook, "
                + "with README.txt explaining the suppression marker '" + CellText.MARKER + "'."})
public final class ExportCommand implements Callable<Integer> {
    private static final String JOB = ExportJob.NAME;

    @Mixin
    LakeOption lake;

    @Mixin
    Verbosity verbosity;

    @Mixin
    EngineOption engine;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the exported files.")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "csv,xlsx",
            description = "Comma-separated formats: csv, xlsx (default: ${DEFAULT-VALUE}).")
    Set<ExportFormat> formats = EnumSet.allOf(ExportFormat.class);

    @Option(names = "--dialect", paramLabel = "DIALECT", defaultValue = "excel-nl", converter = DialectOption.class,
            description = "CSV dialect: excel-nl (';', decimal comma, for Dutch Excel) or tools (',', decimal point, "
                    + "for pandas, R, DuckDB, Power BI); default: ${DEFAULT-VALUE}.")
    CsvDialect dialect = CsvDialect.EXCEL_NL;

    /** Reads {@code --dialect} by its command-line name. */
    static final class DialectOption implements picocli.CommandLine.ITypeConverter<CsvDialect> {
        @Override
        public CsvDialect convert(String value) {
            return CsvDialect.ofOption(value);
        }
    }

    @Override
    public Integer call() {
        int exported;
        try (SqlEngine source = engine.open(lake, JOB, verbosity.on(), ExportJob::reads, DeltaSnapshot.Choice.latest(),
                true)) {
            exported = ExportJob.run(source, lake.root(), out, formats, dialect);
        }
        Console.out().println("exported " + exported + " publish tables as " + formats + " to " + out);
        return 0;
    }
}
