package nl.opvangmonitor.common.tables;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;

/** Ops: the lake's own bookkeeping (which deliveries were ingested, with their row accounting, and conformed). */
public final class OpsTables {
    private OpsTables() {
    }

    /** One row per ingested delivery: rows read = rows accepted + rows quarantined, always. */
    public static final TableDef DELIVERIES = TableDef.builder(Layer.OPS, "deliveries")
            .string("source")
            .date("delivery_date")
            .required("files", DataTypes.createArrayType(DataTypes.StringType, false))
            .string("checksum")
            .required("rows_read", DataTypes.LongType)
            .required("rows_accepted", DataTypes.LongType)
            .required("rows_quarantined", DataTypes.LongType)
            .string("run_id")
            .required("ingested_at", DataTypes.TimestampType)
            .keys("source", "delivery_date")
            .build();

    /**
     * The conform job's watermark: one row per bronze delivery it has conformed into silver, with
     * its bronze row count and the bronze table version read, so a run after new deliveries merges
     * only what they changed.
     */
    public static final TableDef CONFORM_STATE = TableDef.builder(Layer.OPS, "conform_state")
            .string("source")
            .date("delivery_date")
            .required("bronze_rows", DataTypes.LongType)
            .required("bronze_version", DataTypes.LongType)
            .string("run_id")
            .required("conformed_at", DataTypes.TimestampType)
            .keys("source", "delivery_date")
            .build();

    /**
     * Why each publish cell is hidden, for data engineers only (publish itself says nothing about it):
     * one row per hidden cell of the last publish run, with the pass of disclosure control that hid it.
     * Reasons: {@code primary} (a count of 1..k-1), {@code complement} (hidden to protect another),
     * {@code linked} (the same figure is hidden in the table it is derived from), {@code statistic}
     * (over a hidden count or fewer than k persons). For a complement, {@code protects} names the hidden cell
     * (its dimensions and column) whose hypercube, spread or line chose it.
     */
    public static final TableDef DISCLOSURE_LOG = TableDef.builder(Layer.OPS, "disclosure_log")
            .string("table_name")
            .date("time_value")
            .string("dimensions")
            .string("column_name")
            .string("reason")
            .required("pass", DataTypes.IntegerType)
            .optional("protects", DataTypes.StringType)
            .keys("table_name", "time_value", "dimensions", "column_name")
            .build();

    /**
     * What ingest's quality gate found about deliveries as a whole (a quarantine share over the limit, a missing
     * delivery, a cut-off file, a manifest mismatch): one row per delivery and check, kept for the record.
     */
    public static final TableDef DELIVERY_FINDINGS = TableDef.builder(Layer.OPS, "delivery_findings")
            .string("source")
            .date("delivery_date")
            .string("check")
            .string("detail")
            .string("run_id")
            .required("found_at", DataTypes.TimestampType)
            .keys("source", "delivery_date", "check")
            .build();

    /**
     * Deliveries taken back with {@code ingest --retract}: what was retracted (its checksum and row accounting, as
     * ops.deliveries held it), by whom, when and why. A landed delivery with a retracted checksum is not taken again.
     */
    public static final TableDef RETRACTIONS = TableDef.builder(Layer.OPS, "retractions")
            .string("source")
            .date("delivery_date")
            .string("checksum")
            .required("files", DataTypes.createArrayType(DataTypes.StringType, false))
            .required("rows_read", DataTypes.LongType)
            .required("rows_accepted", DataTypes.LongType)
            .required("rows_quarantined", DataTypes.LongType)
            .string("reason")
            .string("retracted_by")
            .required("retracted_at", DataTypes.TimestampType)
            .string("run_id")
            .keys("source", "delivery_date", "checksum")
            .build();

    public static List<TableDef> all() {
        return List.of(DELIVERIES, CONFORM_STATE, DELIVERY_FINDINGS, RETRACTIONS, DISCLOSURE_LOG);
    }
}
