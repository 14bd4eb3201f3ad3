package nl.opvangmonitor.jobs.metrics;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.opvangmonitor.common.dates.SchoolCalendar;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What every fact and metric computation reads: the as_of date, the first reporting month, and
 * the silver tables (conformed ones and facts computed earlier in the run). Reading goes through
 * a function so tests can hand in five-row frames instead of a lake.
 */
public final class MetricContext {
    private final SparkSession spark;
    private final LocalDate asOf;
    private final LocalDate firstMonth;
    private final Function<TableDef, Dataset<Row>> reader;
    private final String runId;
    private final SchoolCalendar schoolCalendar;
    private final Map<TableDef, Dataset<Row>> overrides;
    /** The tables this context lets a computation read; null: any table. */
    private final Set<TableDef> readable;
    /** The table of the computation {@link #readable} is for, to name it in the refusal. */
    private final String readingTable;

    public MetricContext(SparkSession spark, LocalDate asOf, LocalDate firstMonth,
                         Function<TableDef, Dataset<Row>> reader, String runId) {
        this(spark, asOf, firstMonth, reader, runId, SchoolCalendar.official());
    }

    /** A context whose school metrics count the school days of {@code schoolCalendar}. */
    public MetricContext(SparkSession spark, LocalDate asOf, LocalDate firstMonth,
                         Function<TableDef, Dataset<Row>> reader, String runId, SchoolCalendar schoolCalendar) {
        if (firstMonth.isAfter(asOf)) {
            throw new IllegalArgumentException("first month " + firstMonth + " lies after as_of " + asOf);
        }
        this.spark = spark;
        this.asOf = asOf;
        this.firstMonth = firstMonth.withDayOfMonth(1);
        this.reader = reader;
        this.runId = runId;
        this.schoolCalendar = schoolCalendar;
        this.overrides = new HashMap<>();
        this.readable = null;
        this.readingTable = null;
    }

    /** The same context, reading only the declared inputs of {@code table}. */
    private MetricContext(MetricContext all, ComputedTable table) {
        this.spark = all.spark;
        this.asOf = all.asOf;
        this.firstMonth = all.firstMonth;
        this.reader = all.reader;
        this.runId = all.runId;
        this.schoolCalendar = all.schoolCalendar;
        this.overrides = all.overrides;
        this.readable = Set.copyOf(table.inputs());
        this.readingTable = table.table().qualifiedName();
    }

    /**
     * This context for one computation: reading a table its {@link ComputedTable#inputs} do not declare fails, so
     * the declarations the run order follows cannot drift from what the code reads.
     */
    public MetricContext readingInputsOf(ComputedTable table) {
        return new MetricContext(this, table);
    }

    /** A context over in-memory tables, for tests (run id {@code test}): absent tables are an error. */
    public static MetricContext of(SparkSession spark, LocalDate asOf, LocalDate firstMonth,
                                   Map<TableDef, Dataset<Row>> tables) {
        return of(spark, asOf, firstMonth, tables, SchoolCalendar.official());
    }

    /** As {@link #of(SparkSession, LocalDate, LocalDate, Map)}, counting school days on {@code schoolCalendar}. */
    public static MetricContext of(SparkSession spark, LocalDate asOf, LocalDate firstMonth,
                                   Map<TableDef, Dataset<Row>> tables, SchoolCalendar schoolCalendar) {
        return new MetricContext(spark, asOf, firstMonth, t -> {
            Dataset<Row> df = tables.get(t);
            if (df == null) {
                throw new IllegalArgumentException("test context lacks " + t.qualifiedName());
            }
            return df;
        }, "test", schoolCalendar);
    }

    /** The calendar whose school days the school metrics count (metrics.md, "School day"). */
    public SchoolCalendar schoolCalendar() {
        return schoolCalendar;
    }

    public SparkSession spark() {
        return spark;
    }

    /** The id of this run, for tables that record which run wrote a row (gold.headline). */
    public String runId() {
        return runId;
    }

    /** The reporting date: nothing dated after it counts (metrics.md). */
    public LocalDate asOf() {
        return asOf;
    }

    public Column asOfLit() {
        return lit(java.sql.Date.valueOf(asOf));
    }

    /** First day of the first reporting month (the month of the earliest delivery). */
    public LocalDate firstMonth() {
        return firstMonth;
    }

    /** A table: a fact computed earlier in this run if there is one, else as the reader gives it. */
    public Dataset<Row> table(TableDef table) {
        if (readable != null && !readable.contains(table)) {
            throw new IllegalStateException(readingTable + " reads " + table.qualifiedName()
                    + ", which its inputs() do not declare");
        }
        Dataset<Row> computed = overrides.get(table);
        return computed != null ? computed : reader.apply(table);
    }

    /** Makes a freshly computed fact visible to the computations that follow. */
    public void provide(TableDef table, Dataset<Row> rows) {
        overrides.put(table, rows);
    }
}
