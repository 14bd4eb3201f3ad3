package nl.opvangmonitor.jobs.cli;

import java.util.function.Predicate;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.SparkRuntime;
import nl.opvangmonitor.jobs.sql.DeltaSnapshot;
import nl.opvangmonitor.jobs.sql.DuckDbEngine;
import nl.opvangmonitor.jobs.sql.SparkEngine;
import nl.opvangmonitor.jobs.sql.SqlEngine;
import picocli.CommandLine.Option;

/**
 * The {@code --engine} option of the commands people wait for (sql, report, export): by default DuckDB over the
 * Delta snapshots' files, without starting Spark, when its driver is on the class path and the lake is on the
 * local file system; otherwise Spark (the job jar under spark-submit, a lake on HDFS or S3).
 */
public final class EngineOption {
    /** The engines that can read the lake. */
    public enum Engine { auto, duckdb, spark }

    @Option(names = "--engine", defaultValue = "auto", paramLabel = "ENGINE",
            description = "duckdb (in process over the Delta snapshots' files, no Spark, about two seconds), spark "
                    + "(any Hadoop file system, a cluster) or auto (default: duckdb where it can, else spark).")
    Engine engine = Engine.auto;

    /** Whether the engine for this lake is Spark: asked for, or auto where DuckDB cannot read it. */
    public boolean spark(LakeOption lake) {
        return engine == Engine.spark
                || engine == Engine.auto && !DuckDbEngine.canRead(lake.root());
    }

    /**
     * The engine over the existing tables asked for, at the chosen snapshot (duckdb only), with the publish tables'
     * previous publications when asked (the exports' revision notes).
     */
    public SqlEngine open(LakeOption lake, String job, boolean verbose, Predicate<TableDef> asked,
                          DeltaSnapshot.Choice choice, boolean previousPublications) {
        if (spark(lake)) {
            return new SparkEngine(lake.open(job), asked);
        }
        SparkRuntime.configureLogging(verbose); // Delta Kernel logs through log4j as Spark does
        DuckDbEngine duckDb = new DuckDbEngine(lake.existingRoot(), asked, choice, previousPublications);
        if (!duckDb.withoutChosenSnapshot().isEmpty()) {
            Console.progress(job, "not in the chosen snapshot, left out: "
                    + String.join(", ", duckDb.withoutChosenSnapshot()));
        }
        return duckDb;
    }
}
