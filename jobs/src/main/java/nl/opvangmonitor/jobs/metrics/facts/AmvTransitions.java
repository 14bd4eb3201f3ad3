package nl.opvangmonitor.jobs.metrics.facts;

import static org.apache.spark.sql.functions.*;

import java.util.List;
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
 * One row per amv person who turned 18 on B (first day of the birth month + 18 years) on or before
 * as_of while in reception on B, with the place on B and the outcomes of metrics.md,
 * gold.amv_transition_monthly. An outcome that cannot be known yet on as_of is null: the 30-day
 * outcomes while B + 30 > as_of, the 90-day province move while B + 90 > as_of and no move seen yet.
 */
public final class AmvTransitions implements ComputedTable {

    /** The opvangvormen that count as amv reception 30 days after the 18th birthday. */
    private static final String[] AMV_RECEPTION = {"AMV", "NIDOS_KLEINSCHALIG"};

    @Override
    public TableDef table() {
        return SilverFactTables.AMV_TRANSITIONS;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverTables.ENROLMENTS, SilverFactTables.RESIDENCE_SEGMENTS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return transitions(context.table(SilverFactTables.RESIDENCE_SEGMENTS), context.table(SilverTables.ENROLMENTS),
                context.asOfLit());
    }

    /** The amv 18th birthdays up to {@code asOf} spent in reception, with their outcomes. */
    public static Dataset<Row> transitions(Dataset<Row> segments, Dataset<Row> enrolments, Column asOf) {
        Column b = col("birthday_18");
        Dataset<Row> onBirthday = segments
                .where(col("amv"))
                .withColumn("birthday_18", Dates.birthdayOf(col("birth_month"), 18))
                .where(b.leq(asOf).and(covers(col("seg_start"), col("seg_end"), b)))
                .select("child_id", "bsn_id", "birthday_18", "category", "opvangvorm", "provincie");
        Column known30 = date_add(b, 30).leq(asOf);
        Column linked = col("bsn_id").isNotNull();
        return onBirthday
                .join(placeFlags(onBirthday, segments), new String[] {"child_id"}, "left")
                .join(schoolFlags(onBirthday, enrolments), new String[] {"child_id"}, "left")
                .select(col("child_id"), b, col("category"), col("opvangvorm"), col("provincie"),
                        linked.as("linked"),
                        when(known30, coalesce(col("amv_reception_on_30"), lit(false)))
                                .as("in_amv_reception_after_30d"),
                        when(coalesce(col("other_province_90"), lit(false)), lit(true))
                                .when(date_add(b, 90).leq(asOf), lit(false))
                                .as("moved_province_within_90d"),
                        when(known30, linked.and(coalesce(col("enrolled_before"), lit(false)))
                                .and(not(coalesce(col("enrolled_after"), lit(false)))))
                                .as("left_school_within_30d"));
    }

    /** Per person: in amv reception on B + 30; in reception in another province on some day of B+1 .. B+90. */
    private static Dataset<Row> placeFlags(Dataset<Row> onBirthday, Dataset<Row> segments) {
        Column b = col("birthday_18");
        Dataset<Row> later = segments.select(col("child_id"), col("seg_start"), col("seg_end"),
                col("opvangvorm").as("later_opvangvorm"), col("provincie").as("later_provincie"));
        return onBirthday.select("child_id", "birthday_18", "provincie")
                .join(later, "child_id")
                .groupBy("child_id")
                .agg(bool_or(covers(col("seg_start"), col("seg_end"), date_add(b, 30))
                                .and(col("later_opvangvorm").isin((Object[]) AMV_RECEPTION))).as("amv_reception_on_30"),
                        bool_or(col("seg_start").lt(date_add(b, 91)).and(col("seg_end").gt(date_add(b, 1)))
                                .and(col("later_provincie").notEqual(col("provincie")))).as("other_province_90"));
    }

    /** Per linked person: enrolled on B − 1; enrolled on B + 30 (enrolments attach through bsn_id). */
    private static Dataset<Row> schoolFlags(Dataset<Row> onBirthday, Dataset<Row> enrolments) {
        Column b = col("birthday_18");
        Column end = coalesce(col("end_date"), lit(java.sql.Date.valueOf("9999-12-31")));
        return onBirthday.where(col("bsn_id").isNotNull()).select("child_id", "bsn_id", "birthday_18")
                .join(enrolments.select("bsn_id", "start_date", "end_date"), "bsn_id")
                .groupBy("child_id")
                .agg(bool_or(covers(col("start_date"), end, date_sub(b, 1))).as("enrolled_before"),
                        bool_or(covers(col("start_date"), end, date_add(b, 30))).as("enrolled_after"));
    }

    /** Whether the half-open interval [start, end) covers day d. */
    private static Column covers(Column start, Column end, Column d) {
        return start.leq(d).and(end.gt(d));
    }
}
