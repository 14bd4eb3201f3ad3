package nl.opvangmonitor.jobs.publish;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Primary and secondary (complementary) suppression of the counts (privacy.md) on Spark: one
 * shuffle by time value, then each time value's whole fixpoint ({@link SuppressionFixpoint}) in
 * memory on the executor holding it. Lines never cross time values, so the groups are independent;
 * they are small (thousands of cells) while a table grows by adding them, so this scales out with the
 * number of time values and never collects a table to the driver.
 */
final class SecondarySuppression {
    /** Column: the passes secondary suppression needed in the row's time value. */
    static final String PASSES = "__passes";
    /** Column: the complements in the row. */
    static final String COMPLEMENTS = "__complements";

    private SecondarySuppression() {
    }

    /** Name of the per-row flag column of a count. */
    static String flag(String count) {
        return "__suppressed_" + count;
    }

    /** Name of the per-row reason column of a count. */
    static String reason(String count) {
        return "__reason_" + count;
    }

    /**
     * The gold rows with a flag and a reason per count ({@link #flag}, {@link #reason}), and the
     * passes of the row's time value ({@link #PASSES}) and complements of the row ({@link #COMPLEMENTS}).
     */
    static Dataset<Row> flag(Dataset<Row> gold, TableShape shape, int k) {
        TimeValueSuppression perTime = new TimeValueSuppression(SuppressionLayout.of(shape, gold.schema(), k));
        return gold
                .groupByKey((MapFunction<Row, String>) perTime::timeOf, Encoders.STRING())
                .flatMapGroups(perTime, Encoders.row(flaggedSchema(gold.schema(), shape)));
    }

    /** The gold columns, then a flag and a reason per count, then the passes and complements. */
    private static StructType flaggedSchema(StructType gold, TableShape shape) {
        StructType schema = gold;
        for (String count : shape.counts()) {
            schema = schema.add(flag(count), DataTypes.BooleanType, false).add(reason(count), DataTypes.StringType, true);
        }
        return schema.add(PASSES, DataTypes.IntegerType, false).add(COMPLEMENTS, DataTypes.IntegerType, false);
    }
}
