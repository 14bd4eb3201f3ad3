package nl.opvangmonitor.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.jobs.runtime.JobFailure;

/**
 * One in-memory DuckDB database for one peer run, over JDBC. Spill files (which may hold raw
 * identifiers) go to a private temporary folder that is deleted on close; SQL errors become a
 * one-line {@link JobFailure} with digit runs masked, so no identifier reaches a log.
 */
final class DuckDbSession implements AutoCloseable {
    private final Connection connection;
    private final Path spillFolder;

    private DuckDbSession(Connection connection, Path spillFolder) {
        this.connection = connection;
        this.spillFolder = spillFolder;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** A fresh in-memory database, insertion order preserved (the row order of a file is its line order). */
    static DuckDbSession open() {
        Path spill = null;
        try {
            spill = Files.createTempDirectory("opvangmonitor-duckdb-");
            DuckDbSession session = new DuckDbSession(DriverManager.getConnection("jdbc:duckdb:"), spill);
            try {
                session.execute("SET temp_directory = " + literal(spill.toString()));
                session.execute("SET preserve_insertion_order = true");
                session.execute("SET autoinstall_known_extensions = false");
            } catch (RuntimeException e) {
                session.close(); // closes the connection and deletes the spill folder
                throw e;
            }
            return session;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for DuckDB: " + e.getMessage(), e);
        } catch (SQLException e) {
            Folders.deleteTree(spill);
            throw failure("opening DuckDB", e);
        }
    }

    /** Runs one statement. */
    void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure(firstWords(sql), e);
        }
    }

    /** Runs a query and reads every row. */
    <T> List<T> query(String sql, RowReader<T> reader) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw failure(firstWords(sql), e);
        }
    }

    /** A query of one number, e.g. a count. */
    long queryLong(String sql) {
        return query(sql, rs -> rs.getLong(1)).get(0);
    }

    /** Sets a SQL variable the scripts read with {@code getvariable('name')}. */
    void setVariable(String name, LocalDate value) {
        execute("SET VARIABLE " + name + " = DATE " + literal(value.toString()));
    }

    /** A SQL string literal. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A SQL identifier, quoted. */
    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("closing DuckDB", e);
        } finally {
            Folders.deleteTree(spillFolder);
        }
    }

    private static JobFailure failure(String doing, SQLException e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                .replaceAll("[0-9]{6,}", "<digits>");
        return new JobFailure("DuckDB peer failed at " + doing + ": " + message);
    }

    private static String firstWords(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 60) + "...";
    }
}
