package nl.opvangmonitor.jobs.sql;

import java.util.List;
import java.util.Optional;
import nl.opvangmonitor.common.tables.TableDef;

/**
 * Where the sql command's statements run: DuckDB over the Delta snapshots' Parquet files without starting
 * Spark ({@link DuckDbEngine}, the default, for people waiting at a prompt), or Spark ({@link SparkEngine}, for
 * lakes on a cluster's file system). Both serve the same layer-qualified names and refuse statements that write.
 */
public interface SqlEngine extends AutoCloseable {
    /** The tables the statements can name. */
    List<TableDef> registered();

    /** Runs one read-only statement; a refused or failing statement is a one-line {@code JobFailure}. */
    Answer run(String statement);

    /** Frees what the engine holds (DuckDB's in-memory database); a statement fails after it. */
    @Override
    default void close() {
    }

    /** The result, and the notice to print beside it (an aggregate over hidden cells), if any. */
    record Answer(QueryResult result, Optional<String> notice) {
    }
}
