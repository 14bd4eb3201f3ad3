package nl.opvangmonitor.jobs.metrics.headline;

import static org.apache.spark.sql.functions.*;

import nl.opvangmonitor.common.contract.Vocabulary;
import nl.opvangmonitor.jobs.metrics.InReception;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Minors in an emergency spell on a day, with the spell's length (metrics.md,
 * gold.emergency_stay_monthly): a spell is a maximal run of days in NOODOPVANG or
 * CRISISNOODOPVANG in which the next stay starts at most one day after the previous one ended; a
 * stay elsewhere in between ends it. Its length on day d is d − spell start + 1.
 */
public final class OngoingEmergencySpells {
    private OngoingEmergencySpells() {
    }

    /** Per minor in emergency reception on {@code day}: {@code child_id}, {@code spell_start}, {@code days}. */
    public static Dataset<Row> onDay(Dataset<Row> segments, Column day) {
        Dataset<Row> inEmergency = InReception.minorsOn(segments, day).where(isEmergency()).select("child_id");
        Dataset<Row> history = segments.join(inEmergency, "child_id").where(col("seg_start").leq(day));
        WindowSpec byPerson = Window.partitionBy("child_id").orderBy("seg_start");
        Column continuesSpell = lag(isEmergency(), 1).over(byPerson)
                .and(col("seg_start").leq(date_add(lag("seg_end", 1).over(byPerson), 1)));
        Column startsSpell = isEmergency().and(not(coalesce(continuesSpell, lit(false))));
        return history
                .withColumn("spell", sum(when(startsSpell, 1).otherwise(0))
                        .over(byPerson.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .where(isEmergency())
                .groupBy("child_id", "spell")
                .agg(min("seg_start").as("spell_start"), max("seg_end").as("spell_end"))
                .where(col("spell_start").leq(day).and(col("spell_end").gt(day)))
                .select(col("child_id"), col("spell_start"), datediff(day, col("spell_start")).plus(1).as("days"));
    }

    private static Column isEmergency() {
        return col("category").isin(Vocabulary.NOODOPVANG, Vocabulary.CRISISNOODOPVANG);
    }
}
