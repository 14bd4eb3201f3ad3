package nl.opvangmonitor.tools.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import nl.opvangmonitor.common.dates.SchoolCalendar;
import nl.opvangmonitor.common.privacy.PseudonymKey;
import nl.opvangmonitor.common.privacy.Pseudonymiser;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.jobs.ingest.QualityGate;
import nl.opvangmonitor.jobs.pipeline.PipelineJob;
import nl.opvangmonitor.jobs.pipeline.PipelineSummary;
import nl.opvangmonitor.jobs.runtime.SparkRuntime;
import org.apache.spark.sql.Row;

/**
 * The child JVM of a bench run: {@code java -cp <classpath> nl.opvangmonitor.tools.bench.BenchedPipeline RAW LAKE K AS_OF}
 * runs the pipeline as {@code opvangmonitor pipeline --demo} does (one Spark session, the demo key: the bench
 * only runs on generated data) and prints its figures as tab-separated {@code bench} lines on stdout: when
 * Spark was ready and the run ended (epoch milliseconds, so the parent can add the JVM start), and per step
 * the times, heap peak, Spark jobs and rows in and out; on stderr the pipeline's own progress lines, whose
 * elapsed seconds per table show what dominates. Counting the rows happens after the run and is not timed.
 */
public final class BenchedPipeline {
    static final String LINE = "bench";
    /** The as_of argument that means the latest delivery. */
    static final String LATEST = "latest";

    private BenchedPipeline() {
    }

    /**
     * Runs the pipeline on the landing zone {@code args[0]} into the lake {@code args[1]} with threshold
     * {@code args[2]} as of {@code args[3]} (a date, or {@link #LATEST}).
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        Lake lake = SparkRuntime.lake("bench", false, args[1]);
        out.printf(Locale.ROOT, "%s\tready\t%d\t%.3f\t%d%n", LINE, System.currentTimeMillis(),
                ProcessFigures.cpuSeconds(), ProcessFigures.heapPeakBytes());
        SparkJobTally jobs = new SparkJobTally();
        lake.spark().sparkContext().addSparkListener(jobs);
        StageClock clock = new StageClock(jobs);
        PipelineJob.run(lake, new Pseudonymiser(PseudonymKey.demo()),
                new PipelineJob.Request(args[0], args[3].equals(LATEST) ? null : LocalDate.parse(args[3]),
                        Integer.parseInt(args[2]), null, QualityGate.warning(), SchoolCalendar.official()), clock::enter); // defects on purpose
        out.printf(Locale.ROOT, "%s\tend\t%d\t%.3f\t%d%n", LINE, System.currentTimeMillis(),
                ProcessFigures.cpuSeconds(), ProcessFigures.rssPeakBytes().orElse(-1L));
        Map<String, long[]> rows = rowsInAndOut(lake);
        for (StageClock.Stage s : clock.stages()) {
            long[] io = rows.get(s.name());
            out.printf(Locale.ROOT, "%s\tstage\t%s\t%d\t%d\t%.3f\t%.3f\t%d\t%d\t%.2f\t%.2f%n", LINE, s.name(), io[0],
                    io[1], s.wallSeconds(), s.cpuSeconds(), s.heapPeakBytes(), s.sparkJobs(), s.loadBefore(),
                    s.loadAfter());
        }
        out.flush();
        lake.spark().stop();
        System.exit(0);
    }

    /**
     * Rows in and out per step: ingest reads this run's raw records and accepts some into bronze; conform
     * reads bronze and writes silver; metrics reads silver and writes gold; publish reads gold and writes
     * publish (whole layers, also in an incremental run, as each step reads the whole layer below it).
     */
    static Map<String, long[]> rowsInAndOut(Lake lake) {
        Row ingested = lake.read(OpsTables.DELIVERIES).filter(col("run_id").equalTo(lake.runId()))
                .agg(sum("rows_read"), sum("rows_accepted")).head();
        long bronze = PipelineSummary.rows(lake, BronzeTables.all());
        long silver = PipelineSummary.rows(lake, SilverTables.conformed());
        long gold = PipelineSummary.rows(lake, GoldTables.all());
        return Map.of("ingest", new long[] {ingested.isNullAt(0) ? 0 : ingested.getLong(0),
                        ingested.isNullAt(1) ? 0 : ingested.getLong(1)},
                "conform", new long[] {bronze, silver},
                "metrics", new long[] {silver, gold},
                "publish", new long[] {gold, PipelineSummary.rows(lake, PublishTables.all())});
    }
}
