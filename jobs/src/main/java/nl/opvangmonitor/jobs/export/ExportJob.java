package nl.opvangmonitor.jobs.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.sql.SqlEngine;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.JobFailure;

/** The export job: every publish table as CSV and/or one Excel workbook, with a README explaining them. */
public final class ExportJob {
    public static final String NAME = "export";
    /** The workbook's file name. */
    public static final String WORKBOOK = "opvangmonitor.xlsx";
    /** The explanation next to the exports. */
    public static final String README = "README.txt";
    /** The data guidance next to the exports, as {@code .md} and {@code .csv}. */
    public static final String GUIDANCE = "data-guidance";
    /** The code lists of the dimensions. */
    public static final String CODE_LISTS = "code-lists.csv";

    /** The tables export reads: the publish layer, and two for the guidance (dates, municipality names). */
    public static boolean reads(TableDef table) {
        return table.layer() == Layer.PUBLISH || table.equals(OpsTables.DELIVERIES)
                || table.equals(SilverTables.LOCATIONS);
    }

    private ExportJob() {
    }

    /**
     * Writes the exports of every publish table the engine reads to {@code out}; returns how many tables. The
     * engine also serves the tables of {@link #reads} and, for the revision notes, each publish table's previous
     * publication.
     */
    public static int run(SqlEngine source, String root, Path out, Set<ExportFormat> formats, CsvDialect dialect) {
        List<PublishedTable> tables = PublishedTable.inLake(source);
        if (tables.isEmpty()) {
            throw new JobFailure("no publish tables in " + root + ": run publish first");
        }
        try {
            Files.createDirectories(out);
            Files.write(out.resolve(README), ExportExplanation.lines(tables, dialect), StandardCharsets.UTF_8);
            DataGuidance guidance = DataGuidance.of(source, tables);
            Files.writeString(out.resolve(GUIDANCE + ".md"), guidance.markdown(), StandardCharsets.UTF_8);
            if (formats.contains(ExportFormat.CSV)) {
                CsvExport.write(DataGuidance.COLUMN_HEADER, guidance.columnRows(), out.resolve(GUIDANCE + ".csv"),
                        dialect);
                CsvExport.write(DataGuidance.CODE_HEADER, guidance.codeRows(), out.resolve(CODE_LISTS), dialect);
                for (PublishedTable table : tables) {
                    Path file = out.resolve(table.table().name() + ".csv");
                    long rows = CsvExport.write(table, file, dialect);
                    Console.progress(NAME, file + ": " + Console.count(rows) + " rows");
                }
            }
            if (formats.contains(ExportFormat.XLSX)) {
                ExcelExport.write(tables, guidance, out.resolve(WORKBOOK));
                Console.progress(NAME, out.resolve(WORKBOOK) + ": " + tables.size() + " sheets");
            }
        } catch (IOException e) {
            throw new JobFailure("cannot write the export to " + out + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new JobFailure("cannot write the export to " + out + ": " + e.getCause().getMessage());
        }
        return tables.size();
    }
}
