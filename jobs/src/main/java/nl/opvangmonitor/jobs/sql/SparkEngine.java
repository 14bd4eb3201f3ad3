package nl.opvangmonitor.jobs.sql;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.NumericType;
import scala.jdk.javaapi.CollectionConverters;

/** Statements run by Spark SQL over the lake's tables registered in the session's catalog ({@link LakeCatalog}). */
public final class SparkEngine implements SqlEngine {
    private static final List<String> DATA_OPERATIONS = List.of("WRITE", "CREATE TABLE AS SELECT",
            "CREATE OR REPLACE TABLE AS SELECT", "REPLACE TABLE AS SELECT", "MERGE", "DELETE", "UPDATE");
    private final Lake lake;
    private final List<TableDef> tables;

    /** The engine over the existing tables asked for, registered in the lake's session. */
    public SparkEngine(Lake lake, Predicate<TableDef> asked) {
        this.lake = lake;
        this.tables = LakeCatalog.register(lake, asked);
    }

    @Override
    public List<TableDef> registered() {
        return tables;
    }

    @Override
    public Answer run(String statement) {
        var parsed = ReadOnlyStatements.check(lake.spark(), statement);
        try {
            Dataset<Row> result = lake.spark().sql(statement);
            return new Answer(new SparkResult(result), HiddenCellNotice.of(lake.spark(), parsed, result));
        } catch (Exception e) { // Spark's AnalysisException is a checked exception to Java
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new JobFailure(UnknownTable.advice(message, tables).orElse(JobFailure.firstLine(message)));
        }
    }

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    public Optional<String> property(TableDef table, String key) {
        return lake.property(table, key);
    }

    /** The second newest version that wrote data (a version that only sets properties is no publication). */
    @Override
    public Optional<Publication> previousPublication(TableDef table) {
        List<Row> publications = lake.delta(table).history()
                .where(functions.col("operation").isin(DATA_OPERATIONS.toArray()))
                .orderBy(functions.col("version").desc()).limit(2)
                .select("version", "timestamp").collectAsList();
        return publications.size() < 2 ? Optional.empty() : Optional.of(new Publication(table.qualifiedName()
                + " VERSION AS OF " + publications.get(1).getLong(0),
                publications.get(1).getTimestamp(1).toLocalDateTime().toLocalDate()));
    }

    /** A Spark result as plain Java values, its rows streamed partition by partition. */
    private record SparkResult(Dataset<Row> result) implements QueryResult {
        @Override
        public List<String> columns() {
            return List.of(result.columns());
        }

        @Override
        public boolean numeric(int column) {
            return result.schema().fields()[column].dataType() instanceof NumericType;
        }

        @Override
        public Iterator<List<Object>> rows() {
            Iterator<Row> rows = result.toLocalIterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public List<Object> next() {
                    Row row = rows.next();
                    List<Object> values = new ArrayList<>();
                    for (int i = 0; i < row.length(); i++) {
                        values.add(plain(row.get(i)));
                    }
                    return values;
                }
            };
        }

        /** Lists as Java lists, dates as LocalDate and timestamps as Instant, as the DuckDB engine gives them. */
        private static Object plain(Object value) {
            if (value instanceof scala.collection.Iterable<?> list) {
                return CollectionConverters.asJava(list.toSeq()).stream().map(SparkResult::plain).toList();
            }
            if (value instanceof java.sql.Date date) {
                return date.toLocalDate();
            }
            return value instanceof java.sql.Timestamp time ? time.toInstant() : value;
        }
    }
}
