package nl.opvangmonitor.jobs.metrics.facts;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.contract.Vocabulary;
import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Relocations of minors up to as_of with both locations' attributes (metrics.md, Common terms,
 * "Move"): accepted relocations with van != naar, dated on or before as_of, of a person who is a
 * minor on that date. A relocation out of an AANMELDCENTRUM is the intake placement and is kept
 * with {@code intake = true}, so tables can report it apart from moves.
 */
public final class Moves implements ComputedTable {

    @Override
    public TableDef table() {
        return SilverFactTables.MOVES;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverTables.LOCATIONS, SilverTables.PERSONS, SilverTables.RELOCATIONS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return moves(context.table(SilverTables.RELOCATIONS), context.table(SilverTables.LOCATIONS),
                context.table(SilverTables.PERSONS), context.asOfLit());
    }

    /** Minors' relocations with van != naar up to {@code asOf}, intake placements flagged. */
    public static Dataset<Row> moves(Dataset<Row> relocations, Dataset<Row> locations, Dataset<Row> persons,
                                     Column asOf) {
        Dataset<Row> from = side(locations, "from");
        Dataset<Row> to = side(locations, "to");
        return relocations
                .where(col("move_date").leq(asOf).and(col("from_location").notEqual(col("to_location"))))
                .join(persons.select("child_id", "birth_month", "amv", "bsn_id"), "child_id")
                .withColumn("age", Dates.ageOn(col("birth_month"), col("move_date")))
                .where(col("age").lt(18))
                .join(broadcast(from), "from_location")
                .join(broadcast(to), "to_location")
                .withColumn("intake", col("from_category").equalTo(lit(Vocabulary.AANMELDCENTRUM)));
    }

    private static Dataset<Row> side(Dataset<Row> locations, String prefix) {
        return locations.select(col("location_code").as(prefix + "_location"),
                col("category").as(prefix + "_category"), col("gemeentecode").as(prefix + "_gemeentecode"),
                col("provincie").as(prefix + "_provincie"));
    }
}
