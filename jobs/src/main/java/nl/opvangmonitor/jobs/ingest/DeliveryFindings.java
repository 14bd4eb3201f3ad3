package nl.opvangmonitor.jobs.ingest;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.OpsTables;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Keeps the quality gate's findings in {@code ops.delivery_findings}: one MERGE by source, date and check. */
final class DeliveryFindings {
    private DeliveryFindings() {
    }

    static void record(Lake lake, List<DeliveryFinding> findings, Instant at) {
        if (findings.isEmpty()) {
            return;
        }
        List<Row> rows = findings.stream().map(f -> RowFactory.create(f.source().folder(), Date.valueOf(f.deliveryDate()),
                f.check().name(), f.detail(), lake.runId(), Timestamp.from(at))).toList();
        lake.merge(OpsTables.DELIVERY_FINDINGS, lake.spark().createDataFrame(rows, OpsTables.DELIVERY_FINDINGS.schema()));
    }
}
