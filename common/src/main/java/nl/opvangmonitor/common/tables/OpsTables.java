package nl.opvangmonitor.common.tables;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;

/** Ops: the lake's own bookkeeping (which deliveries were ingested, with their row accounting). */
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

    public static List<TableDef> all() {
        return List.of(DELIVERIES);
    }
}
