package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.AgeBands;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One row per school-access cohort child (metrics.md, gold.school_access): persons aged 5..17 on
 * their application date A (A on or before as_of), with term N, deadline D, first school day F,
 * days to school, status on as_of and the place (category, provincie) of the stay covering
 * min(D, as_of), or else of the last stay that began before it.
 */
public final class SchoolAccessFacts implements ComputedTable {

    /** Category and provincie of a child who was in no stay on or before the place date. */
    public static final String UNKNOWN_PLACE = "ONBEKEND";
    static final int TERM_DAYS_BEFORE_PACT = 90;
    static final int TERM_DAYS_FROM_PACT = 60;
    static final int SIX_WEEKS = 42;

    @Override
    public TableDef table() {
        return SilverFactTables.SCHOOL_ACCESS_FACTS;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverTables.ENROLMENTS, SilverTables.PERSONS, SilverFactTables.RESIDENCE_SEGMENTS);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return facts(context.table(SilverTables.PERSONS), context.table(SilverFactTables.RESIDENCE_SEGMENTS),
                context.table(SilverTables.ENROLMENTS), context.asOfLit());
    }

    /** The cohort's facts on {@code asOf} from persons, residence segments and enrolments. */
    public static Dataset<Row> facts(Dataset<Row> persons, Dataset<Row> segments, Dataset<Row> enrolments,
                                     Column asOf) {
        Column a = col("application_date");
        Dataset<Row> cohort = persons
                .where(a.leq(asOf))
                .withColumn("age_on_application", Dates.ageOn(col("birth_month"), a))
                .where(col("age_on_application").between(5, 17))
                .withColumn("term_days", when(a.lt(lit(java.sql.Date.valueOf(Dates.MIGRATION_PACT_START))),
                        TERM_DAYS_BEFORE_PACT).otherwise(TERM_DAYS_FROM_PACT))
                .withColumn("deadline", date_add(a, col("term_days")))
                .withColumn("place_date", least(col("deadline"), asOf));
        Column f = col("first_school_day");
        Column status = when(col("bsn_id").isNull(), lit(SchoolStatus.UNLINKED.name()))
                .when(f.leq(col("deadline")), lit(SchoolStatus.ENROLLED_IN_TIME.name()))
                .when(f.gt(col("deadline")), lit(SchoolStatus.ENROLLED_LATE.name()))
                .when(not(col("in_reception_on_place_date")), lit(SchoolStatus.LEFT.name()))
                .when(asOf.leq(col("deadline")), lit(SchoolStatus.WAITING_IN_TERM.name()))
                .otherwise(lit(SchoolStatus.OVERDUE.name()));
        return cohort
                .join(FirstSchoolDay.of(persons, enrolments, asOf), "child_id", "left")
                .join(places(cohort, segments, asOf), "child_id", "left")
                .withColumn("in_reception_on_place_date", coalesce(col("in_reception_on_place_date"), lit(false)))
                .select(col("child_id"), a, trunc(a, "month").as("cohort_month"), col("age_on_application"),
                        AgeBands.schoolBand(col("age_on_application")).as("age_band"), col("amv"),
                        col("bsn_id").isNotNull().as("linked"), col("term_days"), col("deadline"), f,
                        datediff(f, a).as("days_to_school"),
                        coalesce(datediff(f, a).leq(SIX_WEEKS), lit(false)).as("within_42_days"),
                        status.as("status"),
                        coalesce(col("category"), lit(UNKNOWN_PLACE)).as("category"),
                        coalesce(col("provincie"), lit(UNKNOWN_PLACE)).as("provincie"),
                        coalesce(col("in_reception_on_as_of"), lit(false)).as("in_reception_on_as_of"));
    }

    /**
     * Per cohort child, the latest segment that began on or before its place date: it covers the
     * date if it has not ended by then (segments do not overlap), else it is the last stay before.
     */
    static Dataset<Row> places(Dataset<Row> cohort, Dataset<Row> segments, Column asOf) {
        Column latestBefore = max(when(col("seg_start").leq(col("place_date")),
                struct(col("seg_start"), col("seg_end"), col("category"), col("provincie"))));
        return segments.select("child_id", "seg_start", "seg_end", "category", "provincie")
                .join(cohort.select("child_id", "place_date"), "child_id")
                .groupBy("child_id", "place_date")
                .agg(latestBefore.as("latest"), max("seg_end").gt(asOf).as("in_reception_on_as_of"))
                .select(col("child_id"), col("latest.category").as("category"),
                        col("latest.provincie").as("provincie"),
                        col("latest.seg_end").gt(col("place_date")).as("in_reception_on_place_date"),
                        col("in_reception_on_as_of"));
    }
}
