package nl.opvangmonitor.jobs.pipeline;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.runtime.Console;
import org.apache.spark.sql.Row;

/** The end-of-run summary on stdout: rows per layer, quarantined rows, the headline, where the exports are. */
public final class PipelineSummary {
    private PipelineSummary() {
    }

    public static void print(Lake lake, Path exports, PrintStream out) {
        out.println("rows per layer");
        out.printf(Locale.ROOT, "  %-12s %12s%n", "bronze", Console.count(rows(lake, BronzeTables.all())));
        out.printf(Locale.ROOT, "  %-12s %12s%n", "quarantine", Console.count(rows(lake, QuarantineTables.all())));
        out.printf(Locale.ROOT, "  %-12s %12s%n", "silver", Console.count(rows(lake, SilverTables.conformed())));
        out.printf(Locale.ROOT, "  %-12s %12s%n", "gold", Console.count(rows(lake, GoldTables.all())));
        out.printf(Locale.ROOT, "  %-12s %12s%n", "publish", Console.count(rows(lake, PublishTables.all())));
        printHeadline(lake, out);
        if (exports != null) {
            out.println("exports (CSV, Excel, README) in " + exports.toAbsolutePath());
        }
    }

    /** The latest published headline row, one figure per line (suppressed figures show as x). */
    static void printHeadline(Lake lake, PrintStream out) {
        List<Row> latest = lake.read(PublishTables.of(GoldTables.HEADLINE)).orderBy(col("as_of").desc())
                .limit(1).collectAsList();
        if (latest.isEmpty()) {
            out.println("no published headline");
            return;
        }
        Row r = latest.get(0);
        out.println("headline (publish.headline)");
        for (String name : r.schema().fieldNames()) {
            if (name.equals("run_id") || name.equals(PublishTables.HIDDEN_COLUMNS)
                    || name.equals(PublishTables.SUPPRESSED)) {
                continue;
            }
            Object v = r.get(r.fieldIndex(name));
            String shown = v == null ? "x" : v instanceof Double d ? String.format(Locale.ROOT, "%,.1f", d)
                    : v instanceof Long n ? Console.count(n) : v.toString();
            out.printf(Locale.ROOT, "  %-36s %14s%n", name, shown);
        }
    }

    /** The rows of those of {@code tables} the lake has, together. */
    public static long rows(Lake lake, List<TableDef> tables) {
        return tables.stream().filter(lake::exists).mapToLong(t -> lake.read(t).count()).sum();
    }
}
