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

    public static List<TableDef> all() {
        return List.of(DELIVERIES, CONFORM_STATE);
    }
}
