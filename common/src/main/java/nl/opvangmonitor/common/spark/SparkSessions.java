package nl.opvangmonitor.common.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession every job and test uses: Delta's extension and catalog, ANSI on, few
 * shuffle partitions for local runs (configurable for clusters), no UI unless asked.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    /** Shuffle partitions for local runs: near the core count (stack.md). */
    public static final int LOCAL_SHUFFLE_PARTITIONS = 4;

    /**
     * A session builder with the lake's settings. When no master is set by spark-submit, runs
     * locally on all cores.
     */
    public static SparkSession.Builder builder(String appName) {
        SparkSession.Builder b = SparkSession.builder()
                .appName(appName)
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.ansi.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.databricks.delta.snapshotPartitions", "2")
                .config("spark.sql.sources.partitionOverwriteMode", "static")
                // Never write the pseudonymisation key or other secrets to the UI or event logs.
                .config("spark.redaction.regex", "(?i)secret|password|token|key|credential")
                .config("spark.sql.redaction.string.regex", "(?i)secret|password|token|key")
                .config("spark.ui.showConsoleProgress", "false");
        String master = System.getProperty("spark.master");
        if (master == null || master.isBlank()) {
            b.master("local[*]")
                    .config("spark.sql.shuffle.partitions", String.valueOf(LOCAL_SHUFFLE_PARTITIONS))
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        return b;
    }
}
