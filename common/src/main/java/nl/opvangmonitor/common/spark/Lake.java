package nl.opvangmonitor.common.spark;

import io.delta.tables.DeltaTable;
import java.util.List;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.tables.Tables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

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

    /**
     * Reads a table an earlier step must have made: a missing one is a {@link MissingTableException} naming the
     * step, never an empty frame (engineering.md: strict reads), so a lake without silver.enrolments cannot
     * report zero school figures.
     */
    public Dataset<Row> read(TableDef table) {
        require(table);
        return load(table);
    }

    /**
     * Reads a table whose absence means "nothing yet" (ingest's ledger before the first delivery, conform's
     * watermark before the first run) as empty with its declared schema. Only where that absence is legitimate.
     */
    public Dataset<Row> readOrEmpty(TableDef table) {
        return exists(table) ? load(table) : spark.createDataFrame(List.of(), table.schema());
    }

    /** Fails with a {@link MissingTableException} when the table does not exist. */
    public void require(TableDef table) {
        if (!exists(table)) {
            throw new MissingTableException(table.qualifiedName() + " does not exist in " + root + ": run "
                    + Tables.madeBy(table) + " first");
        }
    }

    /** A table read strictly is missing: one line for a person, naming the table and the step that makes it. */
    public static final class MissingTableException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MissingTableException(String message) {
            super(message);
        }
    }

    /** Reads a table known to exist. */
    private Dataset<Row> load(TableDef table) {
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
            writer(asDeclared(spark.createDataFrame(List.of(), table.schema()), table), "append", table)
                    .save(path(table));
        }
    }

    /** Replaces the table's content (schema per declaration), one commit. */
    public void overwrite(TableDef table, Dataset<Row> rows) {
        writer(asDeclared(rows, table), "overwrite", table).option("overwriteSchema", "true").save(path(table));
    }

    /**
     * Replaces exactly the rows matching a SQL condition (Delta {@code replaceWhere}) with the given
     * rows, which must all match it, in one commit; the table is created when absent. Idempotent:
     * writing the same slice again rewrites it instead of adding a second copy.
     */
    public void replaceWhere(TableDef table, Dataset<Row> rows, String condition) {
        writer(asDeclared(rows, table), "overwrite", table).option("replaceWhere", condition).save(path(table));
    }

    /** Appends rows, one commit. */
    public void append(TableDef table, Dataset<Row> rows) {
        writer(asDeclared(rows, table), "append", table).save(path(table));
    }

    /**
     * Deletes the rows matching the condition in one commit; returns false, committing nothing, when the table is
     * absent or holds no such row, so repeating a deletion makes no new version.
     */
    public boolean delete(TableDef table, Column condition) {
        if (!exists(table) || load(table).filter(condition).isEmpty()) {
            return false;
        }
        withRunMetadata(() -> delta(table).delete(condition));
        return true;
    }

    /**
     * Upserts rows by the table's keys (the caller deduplicates by key first), one commit; rows
     * whose non-key columns (the run id aside) are unchanged are not rewritten. Returns false,
     * committing nothing, when every row is in the table as it is already, so a re-run makes no new version.
     */
    public boolean merge(TableDef table, Dataset<Row> rows) {
        return upsert(table, rows, List.of());
    }

    /**
     * Replaces whole scopes of a table in one commit: upserts rows by the table's keys like
     * {@link #merge}, and deletes the table's rows that share a scope value (e.g. a person) with
     * some source row but whose key is absent from the source. For derived rows whose keys can
     * vanish when their inputs change (merged intervals); the caller deduplicates by key first.
     * Returns false, committing nothing, when the table holds exactly this content already (run id aside).
     */
    public boolean mergeReplacing(TableDef table, Dataset<Row> rows, List<String> scope) {
        if (scope.isEmpty()) {
            throw new IllegalArgumentException("mergeReplacing needs a scope, in " + table.qualifiedName());
        }
        return upsert(table, rows, scope);
    }

    /**
     * The merge of {@link #merge} (empty scope) and {@link #mergeReplacing}: the rows are cast to the declaration and
     * cached once, the table read once, and one job decides whether anything changed before the merge.
     */
    private boolean upsert(TableDef table, Dataset<Row> rows, List<String> scope) {
        ensure(table);
        Dataset<Row> fresh = asDeclared(rows, table).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> current = load(table);
            String[] keys = table.keys().toArray(String[]::new);
            Dataset<Row> vanished = scope.isEmpty() ? current.limit(0) : current
                    .join(fresh.select(columns(scope)).distinct(), scope.toArray(String[]::new), "left_semi")
                    .join(fresh.select(columns(table.keys())), keys, "left_anti");
            Dataset<Row> changed = withoutRunId(fresh, table).except(withoutRunId(current, table));
            if (vanished.select(columns(table.keys())).unionByName(changed.select(columns(table.keys()))).isEmpty()) {
                return false;
            }
            Dataset<Row> staged = fresh.withColumn(VANISHED, functions.lit(false))
                    .unionByName(vanished.withColumn(VANISHED, functions.lit(true)));
            java.util.Map<String, Column> assignments = new java.util.LinkedHashMap<>();
            table.columnNames().forEach(c -> assignments.put(c, functions.col("s." + c)));
            withRunMetadata(() -> {
                Column valueChanged = anyValueChanged(table);
                var builder = delta(table).as("t").merge(staged.as("s"), keysMatch(table))
                        .whenMatched(functions.col("s." + VANISHED)).delete();
                (valueChanged == null ? builder : builder.whenMatched(valueChanged).update(assignments))
                        .whenNotMatched().insert(assignments)
                        .execute();
            });
            return true;
        } finally {
            fresh.unpersist();
        }
    }

    /**
     * Overwrites the table only when its content differs from rows (as multisets: order ignored,
     * duplicates counted), so a recomputation that changes nothing commits nothing; returns whether
     * it wrote. The rows are cached for the comparison and the write.
     */
    public boolean overwriteIfChanged(TableDef table, Dataset<Row> rows) {
        Dataset<Row> fresh = asDeclared(rows, table).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            if (exists(table) && sameContent(load(table), fresh)) {
                return false;
            }
            overwrite(table, fresh);
            return true;
        } finally {
            fresh.unpersist();
        }
    }

    /** The table's content columns: all but the run id, which is provenance. */
    private static Dataset<Row> withoutRunId(Dataset<Row> rows, TableDef table) {
        return rows.select(table.columnNames().stream().filter(c -> !c.equals(BronzeTables.RUN_ID))
                .map(functions::col).toArray(Column[]::new));
    }

    /**
     * Same columns and the same rows with the same multiplicities, in one aggregation. Row counts
     * are compared first (Delta answers the table's from its statistics; counting the cached fresh
     * rows fills the cache the write reads), so a table that grew, as most do in a monthly run,
     * is not compared row by row.
     */
    private static boolean sameContent(Dataset<Row> current, Dataset<Row> fresh) {
        if (!java.util.Arrays.equals(typesOf(current), typesOf(fresh)) || current.count() != fresh.count()) {
            return false;
        }
        return current.withColumn(SIDE, functions.lit(1L))
                .unionByName(fresh.withColumn(SIDE, functions.lit(-1L)))
                .groupBy(columns(List.of(current.columns())))
                .agg(functions.sum(SIDE).as(SIDE))
                .filter(functions.col(SIDE).notEqual(0))
                .isEmpty();
    }

    /**
     * Selects and casts the declared columns in declared order, with their declared comments, so every
     * write matches its declaration.
     */
    public static Dataset<Row> asDeclared(Dataset<Row> rows, TableDef table) {
        Column[] cols = table.columns().stream()
                .map(c -> functions.col(c.name()).cast(c.type()).as(c.name(), TableDef.comment(c)))
                .toArray(Column[]::new);
        return rows.select(cols);
    }

    /** Marks the staged rows of {@link #mergeReplacing} that delete a vanished key. */
    private static final String VANISHED = "_vanished";
    /** Counts a row +1 for the table and -1 for the new content in {@link #sameContent}. */
    private static final String SIDE = "_side";

    /**
     * Sets one Delta table property in a metadata commit tagged with the run id, like every other
     * commit of a run (a double run can then tell whose commit it was).
     */
    public void setProperty(TableDef table, String key, String value) {
        withRunMetadata(() -> spark.sql("ALTER TABLE delta.`" + path(table) + "` SET TBLPROPERTIES ('" + key
                + "' = '" + value.replace("\\", "\\\\").replace("'", "\\'") + "')"));
    }

    /** One Delta table property of the table as it is now, if set. */
    public java.util.Optional<String> property(TableDef table, String key) {
        java.util.Map<String, String> properties = delta(table).detail().select("properties").head().getJavaMap(0);
        return java.util.Optional.ofNullable(properties.get(key));
    }

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
            if (table.keys().contains(c) || c.equals(BronzeTables.RUN_ID)) {
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

    /** Name, type and comment of each column: a table whose comments changed is rewritten too. */
    private static String[] typesOf(Dataset<Row> rows) {
        return java.util.Arrays.stream(rows.schema().fields())
                .map(f -> f.name() + " " + f.dataType().simpleString() + " " + f.getComment())
                .toArray(String[]::new);
    }

    private org.apache.spark.sql.DataFrameWriter<Row> writer(Dataset<Row> rows, String mode, TableDef table) {
        var w = rows.write().format("delta").mode(mode).option("userMetadata", runId);
        return table.partitionBy().isEmpty() ? w : w.partitionBy(table.partitionBy().toArray(String[]::new));
    }
}
