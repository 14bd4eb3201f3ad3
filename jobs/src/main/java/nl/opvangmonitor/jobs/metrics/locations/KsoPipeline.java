package nl.opvangmonitor.jobs.metrics.locations;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import java.util.List;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.GoldAggregation;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * metrics.md, gold.kso_pipeline: each small-scale reception lead in its latest status on as_of
 * (the latest status date <= as_of), by status, provincie and afwijsreden ({@code NONE} when the
 * status has none): leads, planned places, and the AFGEWEZEN / ON_HOLD leads with a status date
 * from 2024-01-01, which per afwijsreden (status and provincie {@code ALL}) give the table of the
 * Senate letter of 3 July 2026.
 */
public final class KsoPipeline implements ComputedTable {
    /** afwijsreden of a lead whose status has no reason. */
    public static final String NO_REASON = "NONE";
    /** The Senate letter counts rejections and holds from this day on. */
    static final LocalDate REJECTIONS_FROM = LocalDate.of(2024, 1, 1);
    static final List<String> REJECTED_STATUSES = List.of("AFGEWEZEN", "ON_HOLD");

    @Override
    public TableDef table() {
        return GoldTables.KSO_PIPELINE;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverTables.KSO_LEADS);
    }

    @Override
    public boolean accumulates() {
        return true;
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return pipeline(context.table(SilverTables.KSO_LEADS), context.asOfLit());
    }

    /** Latest status per lead on {@code asOf}, aggregated with ALL totals. */
    public static Dataset<Row> pipeline(Dataset<Row> leadHistory, Column asOf) {
        Column rejectedSince = col("status").isin(REJECTED_STATUSES.toArray())
                .and(col("status_date").geq(lit(java.sql.Date.valueOf(REJECTIONS_FROM))));
        Dataset<Row> facts = LatestUpTo.rows(leadHistory, "lead_id", "status_date", asOf)
                .withColumn("afwijsreden", coalesce(col("rejection_reason"), lit(NO_REASON)))
                .withColumn("as_of", asOf);
        return GoldAggregation.withTotals(facts, List.of("as_of"), List.of("status", "provincie", "afwijsreden"),
                count(lit(1)).as("leads"),
                sum(col("capacity").cast("long")).as("places"),
                count_if(rejectedSince).as("rejected_since_2024"));
    }
}
