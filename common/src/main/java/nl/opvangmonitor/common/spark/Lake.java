package nl.opvangmonitor.common.spark;

import io.delta.tables.DeltaTable;
import java.util.List;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The lake: a root (any Hadoop file system URI) holding one Delta table per declaration at
 * {@code <root>/<layer>/<table>}. All reads and writes of jobs go through here, and every commit
 * carries the run id as Delta user metadata.
 */
public final class Lake {
    private final SparkSession spark;
    private final String root;
    private final String runId;

    public Lake(SparkSession spark, String root, String runId) {
        this.spark = spark;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.runId = runId;
    }

    public SparkSession spark() {
        return spark;
    }

    public String root() {
        return root;
    }

    public String runId() {
        return runId;
    }

    /** Full path of a table. */
    public String path(TableDef table) {
        return root + "/" + table.relativePath();
    }

    public boolean exists(TableDef table) {
        return DeltaTable.isDeltaTable(spark, path(table));
    }

    /** Reads a table; an absent table reads as empty with its declared schema. */
    public Dataset<Row> read(TableDef table) {
        if (!exists(table)) {
            return spark.createDataFrame(List.of(), table.schema());
        }
        return spark.read().format("delta").load(path(table));
    }

    public DeltaTable delta(TableDef table) {
        return DeltaTable.forPath(spark, path(table));
    }

    /** Latest version of a table, or -1 when it does not exist yet. */
    public long version(TableDef table) {
        if (!exists(table)) {
            return -1;
        }
        return delta(table).history(1).select("version").head().getLong(0);
    }

    /** Creates the table with its declared schema if it is not there yet. */
    public void ensure(TableDef table) {
        if (!exists(table)) {
            writer(conform(spark.createDataFrame(List.of(), table.schema()), table), "append", table).save(path(table));
        }
    }

    /** Replaces the table's content (schema per declaration), one commit. */
    public void overwrite(TableDef table, Dataset<Row> rows) {
        writer(conform(rows, table), "overwrite", table).option("overwriteSchema", "true").save(path(table));
    }

    /**
     * Replaces exactly the rows matching a SQL condition (Delta {@code replaceWhere}) with the given
     * rows, which must all match it, in one commit; the table is created when absent. Idempotent:
     * writing the same slice again rewrites it instead of adding a second copy.
     */
    public void replaceWhere(TableDef table, Dataset<Row> rows, String condition) {
        writer(conform(rows, table), "overwrite", table).option("replaceWhere", condition).save(path(table));
    }

    /** Appends rows, one commit. */
    public void append(TableDef table, Dataset<Row> rows) {
        writer(conform(rows, table), "append", table).save(path(table));
    }

    /**
     * Upserts rows by the table's keys (the caller deduplicates by key first), one commit; rows
     * whose non-key columns are unchanged are not rewritten, so a re-run commits no change.
     */
    public void merge(TableDef table, Dataset<Row> rows) {
        ensure(table);
        spark.conf().set("spark.databricks.delta.commitInfo.userMetadata", runId);
        try {
            Column on = null;
            for (String k : table.keys()) {
                Column eq = functions.col("t." + k).eqNullSafe(functions.col("s." + k));
                on = on == null ? eq : on.and(eq);
            }
            Column changed = null;
            for (String c : table.columnNames()) {
                if (table.keys().contains(c)) {
                    continue;
                }
                Column differs = functions.not(functions.col("t." + c).eqNullSafe(functions.col("s." + c)));
                changed = changed == null ? differs : changed.or(differs);
            }
            var builder = delta(table).as("t").merge(conform(rows, table).as("s"), on);
            (changed == null ? builder : builder.whenMatched(changed).updateAll())
                    .whenNotMatched().insertAll()
                    .execute();
        } finally {
            spark.conf().unset("spark.databricks.delta.commitInfo.userMetadata");
        }
    }

    /** Selects and casts the declared columns in declared order, so every write matches its declaration. */
    public static Dataset<Row> conform(Dataset<Row> rows, TableDef table) {
        Column[] cols = table.columns().stream()
                .map(c -> functions.col(c.name()).cast(c.type()).as(c.name()))
                .toArray(Column[]::new);
        return rows.select(cols);
    }

    private org.apache.spark.sql.DataFrameWriter<Row> writer(Dataset<Row> rows, String mode, TableDef table) {
        var w = rows.write().format("delta").mode(mode).option("userMetadata", runId);
        return table.partitionBy().isEmpty() ? w : w.partitionBy(table.partitionBy().toArray(String[]::new));
    }
}
