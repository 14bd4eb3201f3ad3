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

    /** A column name as this engine's SQL quotes it (a column may be a keyword: school_access has {@code left}). */
    String quote(String identifier);

    /** A property of the table's current snapshot (the k publish recorded), if set. */
    Optional<String> property(TableDef table, String key);

    /**
     * The publication of a publish table before its current one, for the exports' revision note: how a query names
     * it and the day it was written; empty for a first publication (or, on DuckDB, when the engine was opened
     * without previous publications).
     */
    Optional<Publication> previousPublication(TableDef table);

    /** A past publication of a table: the relation a query reads it by, and the day it was written. */
    record Publication(String relation, java.time.LocalDate written) {
    }

    /** Frees what the engine holds (DuckDB's in-memory database); a statement fails after it. */
    @Override
    default void close() {
    }

    /** The result, and the notice to print beside it (an aggregate over hidden cells), if any. */
    record Answer(QueryResult result, Optional<String> notice) {
    }
}
