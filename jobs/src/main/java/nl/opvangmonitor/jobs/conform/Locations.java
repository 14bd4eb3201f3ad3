package nl.opvangmonitor.jobs.conform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import nl.opvangmonitor.common.contract.Vocabulary;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** silver.locations: each location's current version with the category its opvangvorm belongs to. */
public final class Locations {
    private Locations() {
    }

    /** Adds {@code category} per {@link Vocabulary#categoryOf}, the one place the mapping is defined. */
    public static Dataset<Row> withCategory(Dataset<Row> locations) {
        Column category = lit(null).cast("string");
        for (String opvangvorm : Vocabulary.OPVANGVORMEN) {
            category = when(col("opvangvorm").equalTo(opvangvorm), lit(Vocabulary.categoryOf(opvangvorm)))
                    .otherwise(category);
        }
        return locations.withColumn("category", category);
    }
}
