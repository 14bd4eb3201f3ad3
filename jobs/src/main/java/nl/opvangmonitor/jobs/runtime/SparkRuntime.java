package nl.opvangmonitor.jobs.runtime;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.SparkSessions;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;

/** Starts the job's SparkSession with quiet logs (or loud ones under --verbose) and names the run. */
public final class SparkRuntime {
    private SparkRuntime() {
    }

    /**
     * Sets Spark's log level for this process: off by default, since Spark logs a failed task with
     * its stack trace (even at WARN) and a failure must be one readable line; INFO when verbose.
     */
    public static void configureLogging(boolean verbose) {
        // All loggers, not only the root: one configured at ERROR would still print a failed task's trace.
        Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, verbose ? Level.INFO : Level.OFF);
    }

    /** The shared session of this process (one per pipeline, not one per step; stack.md). */
    public static SparkSession session(String job, boolean verbose) {
        configureLogging(verbose);
        SparkSession spark = SparkSessions.builder("opvangmonitor " + job).getOrCreate();
        spark.sparkContext().setLogLevel(verbose ? "INFO" : "OFF");
        return spark;
    }

    /** A run id that sorts by time and is unique: {@code 20261123T063712-1a2b3c4d}. */
    public static String newRunId() {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(LocalDateTime.now())
                + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The lake of this run at the given root. */
    public static Lake lake(String job, boolean verbose, String root) {
        return new Lake(session(job, verbose), root, newRunId());
    }
}
