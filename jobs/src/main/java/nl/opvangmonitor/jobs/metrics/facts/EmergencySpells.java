package nl.opvangmonitor.jobs.metrics.facts;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.contract.Vocabulary;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.Islands;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Emergency spells per person (metrics.md, gold.emergency_stay_monthly): maximal runs of residence
 * segments in NOODOPVANG or CRISISNOODOPVANG where the next one starts at most one day after the
 * previous one ends (in half-open terms: next seg_start <= previous seg_end + 1). Gaps and
 * islands: lag over the person's emergency segments and a running sum of "new spell" flags.
 * {@code spell_end} is the first day out (as_of + 1 while ongoing); {@code days} the length on the
 * spell's last day (on as_of while ongoing); category and provincie are those of the last day.
 */
public final class EmergencySpells implements ComputedTable {

    @Override
    public TableDef table() {
        return SilverFactTables.EMERGENCY_SPELLS;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverFactTables.RESIDENCE_SEGMENTS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return spells(context.table(SilverFactTables.RESIDENCE_SEGMENTS), context.asOfLit());
    }

    /** Whether a segment's category is emergency reception (NOODOPVANG or CRISISNOODOPVANG). */
    public static Column isEmergency(Column category) {
        return category.isin(Vocabulary.NOODOPVANG, Vocabulary.CRISISNOODOPVANG);
    }

    /** The spells of the emergency segments among {@code segments}, which run up to {@code asOf}. */
    public static Dataset<Row> spells(Dataset<Row> segments, Column asOf) {
        WindowSpec byPerson = Window.partitionBy("child_id").orderBy("seg_start");
        Column previousEnd = lag("seg_end", 1).over(byPerson);
        Column continues = col("seg_start").leq(date_add(previousEnd, 1));
        return Islands.number(segments.where(isEmergency(col("category"))), byPerson, continues, "spell_no")
                .groupBy("child_id", "spell_no", "birth_month", "amv")
                .agg(min("seg_start").as("spell_start"), max("seg_end").as("spell_end"),
                        max_by(struct(col("category"), col("provincie")), col("seg_start")).as("last"))
                .select(col("child_id"), col("spell_start"), col("spell_end"),
                        col("spell_end").gt(asOf).as("ongoing"),
                        datediff(col("spell_end"), col("spell_start")).as("days"),
                        col("last.category").as("last_category"), col("last.provincie").as("last_provincie"),
                        col("birth_month"), col("amv"));
    }
}
