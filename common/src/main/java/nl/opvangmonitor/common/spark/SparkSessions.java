package nl.opvangmonitor.common.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession every job and test uses: Delta's extension and catalog, ANSI on, few
 * shuffle partitions for local runs (configurable for clusters), no UI unless asked, owner-only
 * permissions on what it creates.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * Shuffle partitions for local runs: twice the cores (stack.md), so every core has a second task
     * to take when one is slow; adaptive execution merges the partitions that come out small.
     */
    public static int localShufflePartitions() {
        return Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    }

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
                .config("spark.ui.showConsoleProgress", "false")
                // Files and folders the jobs create are for the owner only (privacy.md).
                .config("spark.hadoop." + LakeRoot.UMASK_KEY, LakeRoot.UMASK);
        String master = System.getProperty("spark.master");
        if (master == null || master.isBlank()) {
            b.master("local[*]")
                    .config("spark.sql.shuffle.partitions", String.valueOf(localShufflePartitions()))
                    // a read of many files (ingest's 210 deliveries) lists them on the driver, not in a Spark job
                    .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        return b;
    }
}
