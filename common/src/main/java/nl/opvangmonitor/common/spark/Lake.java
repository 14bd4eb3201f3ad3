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
     * whose non-key columns (the run id aside) are unchanged are not rewritten, and when every row is
     * already in the table as it is, nothing is committed, so a re-run makes no new version.
     */
    public void merge(TableDef table, Dataset<Row> rows) {
        ensure(table);
        Dataset<Row> fresh = conform(rows, table);
        if (alreadyHeld(table, fresh)) {
            return;
        }
        withRunMetadata(() -> {
            Column changed = anyValueChanged(table);
            var builder = delta(table).as("t").merge(fresh.as("s"), keysMatch(table));
            (changed == null ? builder : builder.whenMatched(changed).updateAll())
                    .whenNotMatched().insertAll()
                    .execute();
        });
    }

    /**
     * Replaces whole scopes of a table in one commit: upserts rows by the table's keys like
     * {@link #merge}, and deletes the table's rows that share a scope value (e.g. a person) with
     * some source row but whose key is absent from the source. For derived rows whose keys can
     * vanish when their inputs change (merged intervals); the caller deduplicates by key first.
     * Returns false, committing nothing, when the table holds exactly this content already (run id aside).
     */
    public boolean mergeReplacing(TableDef table, Dataset<Row> rows, List<String> scope) {
        ensure(table);
        Dataset<Row> fresh = conform(rows, table);
        Dataset<Row> vanished = read(table)
                .join(fresh.select(columns(scope)).distinct(), scope.toArray(String[]::new), "left_semi")
                .join(fresh.select(columns(table.keys())), table.keys().toArray(String[]::new), "left_anti");
        if (vanished.isEmpty() && alreadyHeld(table, fresh)) {
            return false;
        }
        Dataset<Row> staged = fresh.withColumn(VANISHED, functions.lit(false))
                .unionByName(vanished.withColumn(VANISHED, functions.lit(true)));
        java.util.Map<String, Column> assignments = new java.util.LinkedHashMap<>();
        table.columnNames().forEach(c -> assignments.put(c, functions.col("s." + c)));
        withRunMetadata(() -> {
            Column changed = anyValueChanged(table);
            var builder = delta(table).as("t").merge(staged.as("s"), keysMatch(table))
                    .whenMatched(functions.col("s." + VANISHED)).delete();
            (changed == null ? builder : builder.whenMatched(changed).update(assignments))
                    .whenNotMatched().insert(assignments)
                    .execute();
        });
        return true;
    }

    /**
     * Overwrites the table only when its content differs from rows (as multisets: order ignored,
     * duplicates counted), so a recomputation that changes nothing commits nothing; returns whether
     * it wrote. Evaluates rows twice: cache them when they are costly.
     */
    public boolean overwriteIfChanged(TableDef table, Dataset<Row> rows) {
        if (exists(table) && sameContent(read(table), conform(rows, table))) {
            return false;
        }
        overwrite(table, rows);
        return true;
    }

    /** Every row (the run id aside) is in the table already, so merging it would change nothing. */
    private boolean alreadyHeld(TableDef table, Dataset<Row> fresh) {
        Column[] content = table.columnNames().stream().filter(c -> !c.equals(RUN_ID))
                .map(functions::col).toArray(Column[]::new);
        return fresh.select(content).except(read(table).select(content)).isEmpty();
    }

    /** Same columns and the same rows with the same multiplicities, in one aggregation. */
    private static boolean sameContent(Dataset<Row> current, Dataset<Row> fresh) {
        if (!java.util.Arrays.equals(typesOf(current), typesOf(fresh))) {
            return false;
        }
        return current.withColumn(SIDE, functions.lit(1L))
                .unionByName(fresh.withColumn(SIDE, functions.lit(-1L)))
                .groupBy(columns(List.of(current.columns())))
                .agg(functions.sum(SIDE).as(SIDE))
                .filter(functions.col(SIDE).notEqual(0))
                .isEmpty();
    }

    /** Selects and casts the declared columns in declared order, so every write matches its declaration. */
    public static Dataset<Row> conform(Dataset<Row> rows, TableDef table) {
        Column[] cols = table.columns().stream()
                .map(c -> functions.col(c.name()).cast(c.type()).as(c.name()))
                .toArray(Column[]::new);
        return rows.select(cols);
    }

    /** Provenance, not content: a row whose only change is the run that computed it is not rewritten. */
    private static final String RUN_ID = "run_id";
    /** Marks the staged rows of {@link #mergeReplacing} that delete a vanished key. */
    private static final String VANISHED = "_vanished";
    /** Counts a row +1 for the table and -1 for the new content in {@link #sameContent}. */
    private static final String SIDE = "_side";

    /** Runs a DeltaTable operation with the run id as the commit's user metadata. */
    private void withRunMetadata(Runnable operation) {
        spark.conf().set("spark.databricks.delta.commitInfo.userMetadata", runId);
        try {
            operation.run();
        } finally {
            spark.conf().unset("spark.databricks.delta.commitInfo.userMetadata");
        }
    }

    /** Target {@code t} and source {@code s} have the same key. */
    private static Column keysMatch(TableDef table) {
        Column on = null;
        for (String k : table.keys()) {
            Column eq = functions.col("t." + k).eqNullSafe(functions.col("s." + k));
            on = on == null ? eq : on.and(eq);
        }
        return on;
    }

    /** Some non-key column differs between target {@code t} and source {@code s}; null without non-key columns. */
    private static Column anyValueChanged(TableDef table) {
        Column changed = null;
        for (String c : table.columnNames()) {
            if (table.keys().contains(c) || c.equals(RUN_ID)) {
                continue;
            }
            Column differs = functions.not(functions.col("t." + c).eqNullSafe(functions.col("s." + c)));
            changed = changed == null ? differs : changed.or(differs);
        }
        return changed;
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(functions::col).toArray(Column[]::new);
    }

    private static String[] typesOf(Dataset<Row> rows) {
        return java.util.Arrays.stream(rows.schema().fields())
                .map(f -> f.name() + " " + f.dataType().simpleString()).toArray(String[]::new);
    }

    private org.apache.spark.sql.DataFrameWriter<Row> writer(Dataset<Row> rows, String mode, TableDef table) {
        var w = rows.write().format("delta").mode(mode).option("userMetadata", runId);
        return table.partitionBy().isEmpty() ? w : w.partitionBy(table.partitionBy().toArray(String[]::new));
    }
}
