package nl.opvangmonitor.jobs.sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.KernelException;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.types.StructType;
import io.delta.kernel.utils.CloseableIterator;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import org.apache.hadoop.fs.Path;

/**
 * One version of a Delta table as Delta Kernel resolves it from the table's log, without Spark: its version,
 * schema (with the column comments), the exact Parquet files that hold its rows, the table's description and
 * properties, and when the version was committed. Reading those files is reading the table only when
 * nothing else changes rows (deletion vectors, column mapping: reader protocol 2 or more), so such a table
 * is refused with a pointer to the Spark engine.
 */
public record DeltaSnapshot(long version, StructType schema, List<String> files, Optional<String> description,
                            Map<String, String> properties, long writtenMillis) {

    /** Which version to read: the latest, a version number, or the version current at a time. */
    public record Choice(Optional<Long> version, Optional<Instant> timestamp) {
        public static Choice latest() {
            return new Choice(Optional.empty(), Optional.empty());
        }
    }

    /**
     * The publication before this one: walking back from this version, the first version that holds other files
     * (a commit that only sets properties or comments keeps the files), dated by the first version that holds
     * those; empty when there is none.
     */
    public Optional<DeltaSnapshot> previousPublication(Engine engine, String tablePath) {
        Set<String> current = Set.copyOf(files);
        DeltaSnapshot previous = null;
        Set<String> previousFiles = null;
        long written = 0;
        for (long v = version - 1; v >= 0; v--) {
            DeltaSnapshot older = of(engine, tablePath, new Choice(Optional.of(v), Optional.empty())).orElseThrow();
            Set<String> olderFiles = Set.copyOf(older.files());
            if (previous == null && !olderFiles.equals(current)) {
                previous = older;
                previousFiles = olderFiles;
            } else if (previous != null && !olderFiles.equals(previousFiles)) {
                break;
            }
            written = older.writtenMillis();
        }
        return previous == null ? Optional.empty() : Optional.of(new DeltaSnapshot(previous.version(),
                previous.schema(), previous.files(), previous.description(), previous.properties(), written));
    }

    /** The chosen snapshot of the table at the path (local or Hadoop URI); empty when the table has no such version. */
    public static Optional<DeltaSnapshot> of(Engine engine, String tablePath, Choice choice) {
        Table table = Table.forPath(engine, tablePath);
        Snapshot snapshot;
        try {
            snapshot = choice.version().isPresent() ? table.getSnapshotAsOfVersion(engine, choice.version().get())
                    : choice.timestamp().isPresent() ? table.getSnapshotAsOfTimestamp(engine, choice.timestamp().get()
                    .toEpochMilli()) : table.getLatestSnapshot(engine);
        } catch (KernelException e) { // a version the log does not have, a time before the table existed
            return Optional.empty();
        }
        if (snapshot.getProtocol().getMinReaderVersion() > 1) {
            throw new JobFailure(tablePath + " needs Delta reader features the DuckDB engine does not apply "
                    + "(deletion vectors or column mapping): use --engine spark");
        }
        List<String> files = new ArrayList<>();
        try (CloseableIterator<FilteredColumnarBatch> batches = snapshot.getScanBuilder().build()
                .getScanFiles(engine)) {
            while (batches.hasNext()) {
                try (CloseableIterator<Row> rows = batches.next().getRows()) {
                    while (rows.hasNext()) {
                        files.add(new Path(InternalScanFileUtils.getAddFileStatus(rows.next()).getPath()).toUri()
                                .getPath());
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new JobFailure("cannot read the Delta log of " + tablePath + ": " + e.getMessage());
        }
        return Optional.of(new DeltaSnapshot(snapshot.getVersion(), snapshot.getSchema(), files,
                snapshot.getMetadata().getDescription(), snapshot.getTableProperties(), snapshot.getTimestamp(engine)));
    }
}
