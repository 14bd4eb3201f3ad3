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
 * The {@code --engine} option of the commands people wait for (sql, report, export): DuckDB over the Delta
 * snapshots' files by default, without starting Spark; Spark for a lake on a cluster's file system.
 */
public final class EngineOption {
    /** The engines that can read the lake. */
    public enum Engine { duckdb, spark }

    @Option(names = "--engine", defaultValue = "duckdb", paramLabel = "ENGINE",
            description = "duckdb (default: in process over the Delta snapshots' files, no Spark, about a second) or "
                    + "spark (any Hadoop file system, a cluster); default ${DEFAULT-VALUE}.")
    Engine engine = Engine.duckdb;

    public boolean spark() {
        return engine == Engine.spark;
    }

    /**
     * The engine over the existing tables asked for, at the chosen snapshot (duckdb only), with the publish tables'
     * previous publications when asked (the exports' revision notes).
     */
    public SqlEngine open(LakeOption lake, String job, boolean verbose, Predicate<TableDef> asked,
                          DeltaSnapshot.Choice choice, boolean previousPublications) {
        if (spark()) {
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
