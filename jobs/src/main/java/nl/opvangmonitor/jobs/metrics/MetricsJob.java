package nl.opvangmonitor.jobs.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.opvangmonitor.common.dates.SchoolCalendar;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.FailureKind;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The metrics job: per-child facts into silver and every gold table, on one as_of, each after the
 * tables it reads. Each table is replaced as a whole only when its content changed (or merged by key
 * when it accumulates runs), so re-running on unchanged input is idempotent and commits nothing.
 */
public final class MetricsJob {
    /** The job name of its progress lines. */
    static final String JOB = "metrics";

    private MetricsJob() {
    }

    /** Computes and writes all facts and gold tables on any as_of, a future one included; returns the as_of used. */
    public static LocalDate run(Lake lake, LocalDate requestedAsOf) {
        return run(lake, requestedAsOf, true, SchoolCalendar.official());
    }

    /**
     * The same, the school metrics counting the school days of {@code schoolCalendar}, refusing (usage error) an
     * as_of after the month of the newest delivery unless {@code allowFuture}: its figures would be the last known
     * state carried forward, and its slice would stay in the as_of tables. An input that ingest or conform makes and
     * the lake lacks fails the run before anything is written (a missing table never reads as empty).
     */
    public static LocalDate run(Lake lake, LocalDate requestedAsOf, boolean allowFuture, SchoolCalendar schoolCalendar) {
        LocalDate[] range = deliveryRange(lake);
        LocalDate asOf = requestedAsOf != null ? requestedAsOf : range[1];
        LocalDate lastKnown = YearMonth.from(range[1]).atEndOfMonth();
        if (!allowFuture && asOf.isAfter(lastKnown)) {
            throw new JobFailure("as_of " + asOf + " lies after the month of the newest delivery (" + range[1]
                    + "): give an earlier --as-of, or --allow-future to compute it anyway", FailureKind.USAGE);
        }
        MetricTables.madeByEarlierSteps().forEach(lake::require);
        MetricContext context = new MetricContext(lake.spark(), asOf, range[0], lake::read, lake.runId(),
                schoolCalendar);
        Console.progress(JOB, "as_of " + asOf + ", months from " + context.firstMonth() + ", school days: "
                + schoolCalendar.label());
        for (ComputedTable table : MetricTables.inRunOrder()) {
            write(lake, context, table);
        }
        return asOf;
    }

    /** Computes one table on its declared inputs and writes it; a fact is then visible to the tables that read it. */
    private static void write(Lake lake, MetricContext context, ComputedTable table) {
        TableDef def = table.table();
        Dataset<Row> rows = table.compute(context.readingInputsOf(table));
        boolean written = table.accumulates() ? lake.mergeReplacing(def, rows, List.of("as_of"))
                : lake.overwriteIfChanged(def, rows);
        if (def.layer() == Layer.SILVER) {
            context.provide(def, lake.read(def));
        }
        Console.progress(JOB, def.qualifiedName() + (written ? " written" : " unchanged"));
    }

    /** First and last delivery date over all sources, from ops.deliveries. */
    static LocalDate[] deliveryRange(Lake lake) {
        Row r = lake.read(OpsTables.DELIVERIES)
                .agg(functions.min("delivery_date"), functions.max("delivery_date")).head();
        if (r.isNullAt(0)) {
            throw new JobFailure("the lake has no ingested deliveries: run ingest first");
        }
        return new LocalDate[] {r.getDate(0).toLocalDate(), r.getDate(1).toLocalDate()};
    }
}
