package nl.opvangmonitor.jobs.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Consumer;
import nl.opvangmonitor.common.dates.SchoolCalendar;
import nl.opvangmonitor.common.privacy.Pseudonymiser;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.jobs.conform.ConformJob;
import nl.opvangmonitor.jobs.export.CsvDialect;
import nl.opvangmonitor.jobs.export.ExportFormat;
import nl.opvangmonitor.jobs.export.ExportJob;
import nl.opvangmonitor.jobs.sql.DeltaSnapshot;
import nl.opvangmonitor.jobs.sql.DuckDbEngine;
import nl.opvangmonitor.jobs.sql.SparkEngine;
import nl.opvangmonitor.jobs.sql.SqlEngine;
import nl.opvangmonitor.jobs.ingest.IngestJob;
import nl.opvangmonitor.jobs.ingest.QualityGate;
import nl.opvangmonitor.jobs.metrics.MetricsJob;
import nl.opvangmonitor.jobs.publish.PublishJob;
import nl.opvangmonitor.jobs.runtime.Console;

/**
 * The whole chain in one process (one Spark start, stack.md): ingest, conform, metrics, publish and,
 * when asked, the exports. Each step is the same job a scheduler runs alone, so re-running the
 * chain is as idempotent as its steps.
 */
public final class PipelineJob {
    public static final String NAME = "pipeline";

    private PipelineJob() {
    }

    /** What the chain is asked to do. */
    public record Request(String raw, LocalDate asOf, int k, Path exports, QualityGate gate,
                          SchoolCalendar schoolCalendar) {
        /** A request under the default quality gate, on the official school calendar. */
        public Request(String raw, LocalDate asOf, int k, Path exports) {
            this(raw, asOf, k, exports, QualityGate.defaults(), SchoolCalendar.official());
        }
    }

    /** Runs the steps in order with one progress line each; returns the as_of the metrics used. */
    public static LocalDate run(Lake lake, Pseudonymiser pseudonymiser, Request request) {
        return run(lake, pseudonymiser, request, stage -> { });
    }

    /**
     * The same run, telling {@code onStage} the name of each step as it starts (ingest, conform, metrics,
     * publish, export) and {@code "done"} at the end, so the bench can time the steps of one run.
     */
    public static LocalDate run(Lake lake, Pseudonymiser pseudonymiser, Request request, Consumer<String> onStage) {
        step(onStage, "ingest", "1/5 ingest " + request.raw());
        // over the quality gate the chain stops here (exit 3), before conform takes the deliveries
        new IngestJob(lake, pseudonymiser).run(request.raw(), request.asOf(), request.gate()).enforceGate();
        step(onStage, "conform", "2/5 conform");
        new ConformJob(lake).run(false);
        step(onStage, "metrics", "3/5 metrics" + (request.asOf() == null ? "" : " as of " + request.asOf()));
        LocalDate asOf = MetricsJob.run(lake, request.asOf(), false, request.schoolCalendar());
        step(onStage, "publish", "4/5 publish, k=" + request.k());
        PublishJob.run(lake, request.k());
        if (request.exports() != null) {
            step(onStage, "export", "5/5 export to " + request.exports());
            // DuckDB where it can (a local lake: seconds, not tens), Spark in the job jar or on a cluster's lake
            try (SqlEngine source = DuckDbEngine.canRead(lake.root())
                    ? new DuckDbEngine(lake.root(), ExportJob::reads, DeltaSnapshot.Choice.latest(), true)
                    : new SparkEngine(lake, ExportJob::reads)) {
                ExportJob.run(source, lake.root(), request.exports(), EnumSet.allOf(ExportFormat.class),
                        CsvDialect.EXCEL_NL);
            }
        } else {
            Console.progress(NAME, "5/5 export: skipped (no --exports)");
        }
        onStage.accept("done");
        return asOf;
    }

    private static void step(Consumer<String> onStage, String stage, String what) {
        onStage.accept(stage);
        Console.progress(NAME, what);
    }
}
