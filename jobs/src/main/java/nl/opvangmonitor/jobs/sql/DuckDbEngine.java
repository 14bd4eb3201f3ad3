package nl.opvangmonitor.jobs.sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.types.StructField;
import nl.opvangmonitor.common.spark.LakeRoot;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.tables.Tables;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import org.apache.hadoop.fs.Path;

/**
 * Statements run by DuckDB, in process and in memory, over views of the chosen Delta snapshots' Parquet files
 * ({@link DeltaSnapshot}): no Spark session, so a query answers in about a second. Read-only twice over: a
 * statement must parse as a query (DuckDB's own {@code json_serialize_sql} serialises SELECT statements only)
 * or be DESCRIBE, SHOW, SUMMARIZE or EXPLAIN, and the connection may open no file but the snapshots' own.
 */
public final class DuckDbEngine implements SqlEngine {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The schema of the views of earlier publications. */
    private static final String PREVIOUS = "previous";
    private static final Set<String> READING_WORDS = Set.of("DESCRIBE", "SHOW", "SUMMARIZE", "EXPLAIN");
    /** DESCRIBE of one table: answered with the column comments, as Spark's DESCRIBE has them. */
    private static final java.util.regex.Pattern DESCRIBE_TABLE = java.util.regex.Pattern.compile(
            "(?i)\\s*DESCRIBE\\s+(\\w+\\.\\w+)\\s*");

    private final Connection connection;
    private final List<TableDef> tables = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private final java.util.Map<String, DeltaSnapshot> snapshots = new java.util.HashMap<>();
    private final java.util.Map<String, Publication> previousByTable = new java.util.HashMap<>();
    private Set<String> aggregateFunctions;
    private Statement running;

    /** Views of the existing tables asked for, at the chosen snapshot, in a locked DuckDB. */
    public DuckDbEngine(String lakeRoot, Predicate<TableDef> asked, DeltaSnapshot.Choice choice) {
        this(lakeRoot, asked, choice, false);
    }

    /**
     * As above; with {@code previousPublications}, also a view {@code previous.<table>} of each publish table's
     * publication before the current one ({@link #previousPublication}), for the exports' revision note.
     */
    public DuckDbEngine(String lakeRoot, Predicate<TableDef> asked, DeltaSnapshot.Choice choice,
                        boolean previousPublications) {
        if (!reads(lakeRoot)) {
            throw new JobFailure("the duckdb engine reads lakes on the local file system; for " + lakeRoot
                    + " use --engine spark");
        }
        Engine kernel = DefaultEngine.create(LakeRoot.configuration());
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
            List<String> files = new ArrayList<>();
            try (Statement setup = connection.createStatement()) {
                for (TableDef table : Tables.all()) {
                    String path = lakeRoot + "/" + table.relativePath();
                    boolean present = new java.io.File(new Path(path).toUri().getPath(), "_delta_log").isDirectory();
                    if (!asked.test(table) || !present) {
                        continue;
                    }
                    Optional<DeltaSnapshot> snapshot = DeltaSnapshot.of(kernel, path, choice);
                    if (snapshot.isEmpty()) {
                        missing.add(table.qualifiedName());
                        continue;
                    }
                    setup.execute("CREATE SCHEMA IF NOT EXISTS " + table.layer().folder());
                    setup.execute("CREATE VIEW " + table.qualifiedName() + " AS " + select(snapshot.get()));
                    comment(setup, table, snapshot.get());
                    files.addAll(snapshot.get().files());
                    tables.add(table);
                    snapshots.put(table.qualifiedName(), snapshot.get());
                    if (previousPublications && table.layer() == Layer.PUBLISH) {
                        Optional<DeltaSnapshot> previous = snapshot.get().previousPublication(kernel, path);
                        if (previous.isPresent()) {
                            setup.execute("CREATE SCHEMA IF NOT EXISTS " + PREVIOUS);
                            setup.execute("CREATE VIEW " + PREVIOUS + "." + table.name() + " AS "
                                    + select(previous.get()));
                            files.addAll(previous.get().files());
                            previousByTable.put(table.qualifiedName(), new Publication(PREVIOUS + "." + table.name(),
                                    java.time.Instant.ofEpochMilli(previous.get().writtenMillis())
                                            .atZone(java.time.ZoneOffset.UTC).toLocalDate()));
                        }
                    }
                }
                setup.execute("SET allowed_paths = [" + files.stream().map(DuckDbEngine::literal)
                        .collect(Collectors.joining(",")) + "]");
                setup.execute("SET enable_external_access = false");
                setup.execute("SET lock_configuration = true");
            }
        } catch (SQLException e) {
            throw new JobFailure(String.valueOf(e.getMessage()).startsWith("No suitable driver")
                    ? "DuckDB is not on the class path (the job jar leaves it out): use --engine spark"
                    : "cannot open the lake in DuckDB: " + readable(e));
        }
    }

    /** Whether DuckDB's JDBC driver is on the class path (the job jar for spark-submit leaves it out). */
    public static boolean available() {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Whether this process can read the lake with DuckDB: the driver is here and the lake is local. */
    public static boolean canRead(String lakeRoot) {
        return available() && reads(lakeRoot);
    }

    /** Whether the engine can read the lake: one on the local file system (a plain path or a file: URI). */
    public static boolean reads(String lakeRoot) {
        return new Path(lakeRoot).toUri().getScheme() == null || lakeRoot.startsWith("file:");
    }

    @Override
    public List<TableDef> registered() {
        return tables;
    }

    @Override
    public String quote(String identifier) {
        return quoted(identifier);
    }

    @Override
    public Optional<String> property(TableDef table, String key) {
        return Optional.ofNullable(snapshots.get(table.qualifiedName())).map(s -> s.properties().get(key));
    }

    @Override
    public Optional<Publication> previousPublication(TableDef table) {
        return Optional.ofNullable(previousByTable.get(table.qualifiedName()));
    }

    /** The tables left out because the chosen version or time is not in their log. */
    public List<String> withoutChosenSnapshot() {
        return missing;
    }

    @Override
    public Answer run(String statement) {
        closeRunning();
        java.util.regex.Matcher describe = DESCRIBE_TABLE.matcher(statement);
        if (describe.matches() && isRegistered(describe.group(1))) {
            String[] name = describe.group(1).split("\\.");
            statement = "SELECT column_name AS col_name, data_type, comment FROM duckdb_columns() WHERE schema_name = "
                    + literal(name[0]) + " AND table_name = " + literal(name[1]) + " ORDER BY column_index";
        }
        JsonNode query = parsedQuery(statement);
        List<String> names = tableNames(query);
        for (String name : names) {
            boolean known = isRegistered(name)
                    || previousByTable.values().stream().anyMatch(p -> p.relation().equals(name));
            if (!known) {
                throw new JobFailure(UnknownTable.forName(name, tables).orElse("no table " + name));
            }
        }
        try {
            running = connection.createStatement();
            ResultSet rows = running.executeQuery(statement);
            Optional<String> notice = aggregates(query) ? HiddenCellNotice.message(withHiddenCells(names))
                    : Optional.empty();
            return new Answer(new DuckDbResult(rows), notice);
        } catch (SQLException e) {
            throw new JobFailure(readable(e));
        }
    }

    private boolean isRegistered(String qualifiedName) {
        return tables.stream().anyMatch(t -> t.qualifiedName().equals(qualifiedName));
    }

    @Override
    public void close() {
        closeRunning();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new JobFailure("cannot close DuckDB: " + readable(e));
        }
    }

    private void closeRunning() {
        try {
            if (running != null) {
                running.close();
            }
        } catch (SQLException e) {
            throw new JobFailure("cannot close a DuckDB statement: " + readable(e));
        }
    }

    /**
     * The statement's syntax tree when it is a query; a reading command (DESCRIBE...) has none and gives an empty
     * tree; anything else is refused.
     */
    private JsonNode parsedQuery(String statement) {
        String[] words = statement.strip().split("\\s+", 3);
        String first = words[0].toUpperCase(Locale.ROOT);
        if (READING_WORDS.contains(first)) {
            boolean analyze = first.equals("EXPLAIN") && words.length > 1 && words[1].equalsIgnoreCase("ANALYZE");
            if (!analyze) {
                return JSON.createObjectNode();
            }
        }
        JsonNode tree = serialised(statement);
        if (tree.path("error").asBoolean()) {
            String message = tree.path("error_message").asText();
            throw new JobFailure(message.startsWith("Only SELECT statements") ? "the sql command only reads; refused: "
                    + first : "cannot parse the statement: " + message.lines().findFirst().orElse(""));
        }
        return tree;
    }

    private JsonNode serialised(String statement) {
        // The function takes a constant only, so the statement goes in as a quoted literal.
        try (Statement parse = connection.createStatement();
                ResultSet rs = parse.executeQuery("SELECT json_serialize_sql(" + literal(statement) + ")")) {
            rs.next();
            return JSON.readTree(rs.getString(1));
        } catch (SQLException | java.io.IOException e) {
            throw new JobFailure("cannot parse the statement: " + e.getMessage());
        }
    }

    /** The layer-qualified tables the query reads (common table expressions and unqualified names aside). */
    private static List<String> tableNames(JsonNode tree) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode node : tree.findParents("table_name")) {
            if (node.path("type").asText().equals("BASE_TABLE") && !node.path("schema_name").asText().isEmpty()) {
                names.add(node.path("schema_name").asText() + "." + node.path("table_name").asText());
            }
        }
        return List.copyOf(names);
    }

    /** Whether the query aggregates: GROUP BY, an aggregate function or a window. */
    private boolean aggregates(JsonNode tree) throws SQLException {
        if (tree.findValues("group_expressions").stream().anyMatch(g -> !g.isEmpty())
                || tree.findValues("class").stream().anyMatch(c -> c.asText().equals("WINDOW"))) {
            return true;
        }
        if (aggregateFunctions == null) {
            aggregateFunctions = new java.util.HashSet<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT DISTINCT function_name FROM duckdb_functions() WHERE function_type = 'aggregate'")) {
                while (rs.next()) {
                    aggregateFunctions.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return tree.findValues("function_name").stream()
                .anyMatch(f -> aggregateFunctions.contains(f.asText().toLowerCase(Locale.ROOT)));
    }

    private List<String> withHiddenCells(List<String> names) throws SQLException {
        List<String> hidden = new ArrayList<>();
        for (String name : names) {
            if (!name.startsWith(Layer.PUBLISH.folder() + ".")) {
                continue;
            }
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT coalesce(bool_or(" + PublishTables.SUPPRESSED + "), false) FROM " + name)) {
                rs.next();
                if (rs.getBoolean(1)) {
                    hidden.add(name);
                }
            }
        }
        return hidden;
    }

    /** The table's description and column comments on the view, for DESCRIBE and for BI tools' catalogs. */
    private static void comment(Statement setup, TableDef table, DeltaSnapshot snapshot) throws SQLException {
        if (snapshot.description().isPresent()) {
            setup.execute("COMMENT ON VIEW " + table.qualifiedName() + " IS " + literal(snapshot.description().get()));
        }
        for (StructField field : snapshot.schema().fields()) {
            if (field.getMetadata().contains("comment")) {
                setup.execute("COMMENT ON COLUMN " + table.qualifiedName() + "." + quoted(field.getName()) + " IS "
                        + literal(field.getMetadata().getString("comment")));
            }
        }
    }

    /** The view's query: the snapshot's columns in their order, from its files (none: no rows, typed columns). */
    private static String select(DeltaSnapshot snapshot) {
        List<StructField> fields = snapshot.schema().fields();
        if (snapshot.files().isEmpty()) {
            return "SELECT " + fields.stream().map(f -> "CAST(NULL AS " + DuckDbTypes.of(f.getDataType()) + ") AS "
                    + quoted(f.getName())).collect(Collectors.joining(", ")) + " WHERE false";
        }
        return "SELECT " + fields.stream().map(f -> quoted(f.getName())).collect(Collectors.joining(", "))
                + " FROM read_parquet([" + snapshot.files().stream().map(DuckDbEngine::literal)
                .collect(Collectors.joining(",")) + "], union_by_name = true)";
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * DuckDB's message as one line: the JDBC driver puts a generic line first ("Invalid Input Error: Attempting
     * to execute an unsuccessful...") and the cause after it, then "LINE 1:" and a caret.
     */
    static String readable(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        List<String> lines = message.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> cause = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("LINE ") || line.startsWith("^")) {
                break;
            }
            if (!line.startsWith("Invalid Input Error: Attempting to execute an unsuccessful")) {
                cause.add(line.startsWith("Error: ") ? line.substring("Error: ".length()) : line);
            }
        }
        return cause.isEmpty() ? JobFailure.firstLine(message) : String.join(" ", cause);
    }

    /** A DuckDB result set as plain Java values, streamed; closed with its statement at the next run. */
    private static final class DuckDbResult implements QueryResult {
        private static final Set<Integer> NUMERIC = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
                Types.FLOAT, Types.REAL, Types.DOUBLE, Types.DECIMAL, Types.NUMERIC);
        private final ResultSet rows;
        private final List<String> columns = new ArrayList<>();
        private final List<Boolean> numeric = new ArrayList<>();

        DuckDbResult(ResultSet rows) throws SQLException {
            this.rows = rows;
            ResultSetMetaData meta = rows.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
                numeric.add(NUMERIC.contains(meta.getColumnType(i))
                        || meta.getColumnTypeName(i).matches("U?(TINY|SMALL|BIG|HUGE)?INT.*|DECIMAL.*"));
            }
        }

        @Override
        public List<String> columns() {
            return columns;
        }

        @Override
        public boolean numeric(int column) {
            return numeric.get(column);
        }

        @Override
        public Iterator<List<Object>> rows() {
            return new Iterator<>() {
                private Boolean ahead;

                @Override
                public boolean hasNext() {
                    try {
                        if (ahead == null) {
                            ahead = rows.next();
                        }
                        return ahead;
                    } catch (SQLException e) {
                        throw new JobFailure(readable(e));
                    }
                }

                @Override
                public List<Object> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    ahead = null;
                    List<Object> values = new ArrayList<>();
                    try {
                        for (int i = 1; i <= columns.size(); i++) {
                            values.add(plain(rows.getObject(i)));
                        }
                    } catch (SQLException e) {
                        throw new JobFailure(readable(e));
                    }
                    return values;
                }
            };
        }

        /** Lists as Java lists and timestamps as Instant, as the Spark engine gives them. */
        private static Object plain(Object value) throws SQLException {
            if (value instanceof Array array) {
                List<Object> list = new ArrayList<>();
                for (Object element : (Object[]) array.getArray()) {
                    list.add(plain(element));
                }
                return list;
            }
            if (value instanceof java.time.OffsetDateTime time) {
                return time.toInstant();
            }
            return value instanceof java.sql.Timestamp time ? time.toInstant() : value;
        }
    }
}
