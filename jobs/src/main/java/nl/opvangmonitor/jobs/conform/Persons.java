package nl.opvangmonitor.jobs.conform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import nl.opvangmonitor.common.tables.BronzeTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * silver.persons from the stay rows of bronze.coa_bewoning, which repeat the person's attributes:
 * the latest row wins (data-contract.md), except the bsn, which is the latest non-null one
 * (metrics.md, "Linked"). The birth date is cut to its month here and goes no further (privacy.md).
 */
public final class Persons {
    private Persons() {
    }

    /** One row per child_id from the person's bronze rows (all deliveries, all stays). */
    public static Dataset<Row> fromBewoning(Dataset<Row> bewoning) {
        String latest = "latest";
        return bewoning.groupBy(col("child_id"))
                .agg(max_by(struct(col("birth_date"), col("amv"), col("family_id"), col("application_date")),
                                LatestVersion.order()).as(latest),
                        // max_by skips rows whose ordering is null: those without a bsn
                        max_by(col("bsn_id"), when(col("bsn_id").isNotNull(), LatestVersion.order())).as("bsn_id"),
                        max(col(BronzeTables.DELIVERY_DATE)).as(BronzeTables.DELIVERY_DATE))
                .select(col("child_id"), col("bsn_id"),
                        trunc(col(latest + ".birth_date"), "month").as("birth_month"),
                        col(latest + ".amv").as("amv"),
                        col(latest + ".family_id").as("family_id"),
                        col(latest + ".application_date").as("application_date"),
                        col(BronzeTables.DELIVERY_DATE));
    }
}
