package nl.opvangmonitor.jobs.metrics.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * gold.data_quality (metrics.md) in long form: per source and delivery the row accounting of
 * ops.deliveries, the quarantined rows per reason code, and the quality findings per type; plus
 * {@code ALL} rows summing each item over the sources delivered on the same date. Computed by the metrics step
 * with the other gold tables (conform writes silver only), recomputed every run: ops.deliveries and the
 * quarantine change without silver changing (a delivery quarantined whole).
 */
public final class DataQuality implements ComputedTable {
    @Override
    public TableDef table() {
        return GoldTables.DATA_QUALITY;
    }

    @Override
    public List<TableDef> inputs() {
        return Stream.concat(Stream.of(OpsTables.DELIVERIES, SilverTables.QUALITY_FINDINGS),
                Arrays.stream(RawSource.values()).map(QuarantineTables::of)).toList();
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        Dataset<Row> quarantined = Arrays.stream(RawSource.values())
                .map(source -> context.table(QuarantineTables.of(source)).select(lit(source.folder()).as("source"),
                        col(BronzeTables.DELIVERY_DATE), col(QuarantineTables.REASONS)))
                .reduce(Dataset::unionByName).orElseThrow();
        return of(context.table(OpsTables.DELIVERIES), quarantined, context.table(SilverTables.QUALITY_FINDINGS));
    }

    private static final String[] ACCOUNTING = {"rows_read", "rows_accepted", "rows_quarantined"};

    /**
     * The table from ops.deliveries, the quarantined rows of every source (columns {@code source},
     * {@code delivery_date}, {@code reasons}) and silver.quality_findings. A row with two reasons
     * counts under both, so the reason items of a delivery can add up to more than rows_quarantined.
     */
    public static Dataset<Row> of(Dataset<Row> deliveries, Dataset<Row> quarantined, Dataset<Row> findings) {
        Dataset<Row> accounting = deliveries
                .select(col("source"), col(BronzeTables.DELIVERY_DATE),
                        col("rows_read").cast("long"), col("rows_accepted").cast("long"),
                        col("rows_quarantined").cast("long"))
                .unpivot(new Column[] {col("source"), col(BronzeTables.DELIVERY_DATE)},
                        Arrays.stream(ACCOUNTING).map(org.apache.spark.sql.functions::col).toArray(Column[]::new),
                        "item", "rows");
        Dataset<Row> perReason = counted(quarantined
                .select(col("source"), col(BronzeTables.DELIVERY_DATE), explode(col(QuarantineTables.REASONS)).as("reason"))
                .select(col("source"), col(BronzeTables.DELIVERY_DATE), concat(lit("quarantined_"), col("reason")).as("item")));
        Dataset<Row> perFinding = counted(findings
                .select(col("source"), col(BronzeTables.DELIVERY_DATE), concat(lit("finding_"), col("finding_type")).as("item")));
        Dataset<Row> perSource = accounting.unionByName(perReason).unionByName(perFinding);
        Dataset<Row> allSources = perSource.groupBy(col(BronzeTables.DELIVERY_DATE), col("item"))
                .agg(sum(col("rows")).as("rows"))
                .withColumn("source", lit(GoldTables.ALL));
        return perSource.unionByName(allSources).select(GoldTables.DATA_QUALITY.columnNames().stream()
                .map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
    }

    private static Dataset<Row> counted(Dataset<Row> items) {
        return items.groupBy(col("source"), col(BronzeTables.DELIVERY_DATE), col("item")).agg(count(lit(1)).as("rows"));
    }
}
