package nl.opvangmonitor.jobs.metrics.headline;

import static org.apache.spark.sql.functions.*;

import nl.opvangmonitor.common.dates.Dates;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The school-access cohort with each child's deadline and status on as_of (metrics.md,
 * gold.school_access): persons aged 5..17 on their application date A (on or before as_of),
 * deadline D = A + 90 days, or A + 60 from the Migration Pact (12 June 2026); the first school day
 * F is the earliest max(inschrijving, A) over enrolments that start by as_of and are open or end
 * after A.
 */
public final class SchoolDeadlineStatus {
    /** Term in days before and from the Migration Pact. */
    static final int TERM_DAYS = 90;
    static final int PACT_TERM_DAYS = 60;

    private SchoolDeadlineStatus() {
    }

    /**
     * Per cohort person: {@code child_id}, {@code birth_month}, {@code deadline},
     * {@code first_school_day}, {@code status} and {@code in_reception_on_as_of}.
     */
    public static Dataset<Row> statuses(Dataset<Row> persons, Dataset<Row> enrolments, Dataset<Row> segments,
                                        Column asOf) {
        Column a = col("application_date");
        Dataset<Row> cohort = persons.where(a.leq(asOf))
                .withColumn("age_on_application", Dates.ageOn(col("birth_month"), a))
                .where(col("age_on_application").between(5, 17))
                .withColumn("deadline", date_add(a, when(a.lt(lit(java.sql.Date.valueOf(Dates.MIGRATION_PACT_START))),
                        lit(TERM_DAYS)).otherwise(lit(PACT_TERM_DAYS))))
                .select("child_id", "bsn_id", "birth_month", "application_date", "deadline");
        Dataset<Row> located = inReceptionOn(inReceptionOn(withFirstSchoolDay(cohort, enrolments, asOf),
                segments, col("deadline"), "on_deadline"), segments, asOf, "in_reception_on_as_of");
        return located.withColumn("status", status(asOf))
                .select("child_id", "birth_month", "deadline", "first_school_day", "status", "in_reception_on_as_of");
    }

    /** Adds {@code first_school_day}, null when the child has no enrolment that counts. */
    static Dataset<Row> withFirstSchoolDay(Dataset<Row> cohort, Dataset<Row> enrolments, Column asOf) {
        Dataset<Row> c = cohort.as("c");
        Dataset<Row> e = enrolments.as("e");
        Column counts = col("c.bsn_id").equalTo(col("e.bsn_id"))
                .and(col("e.start_date").leq(asOf))
                .and(col("e.end_date").isNull().or(col("e.end_date").gt(col("c.application_date"))));
        Dataset<Row> first = c.join(e, counts)
                .groupBy(col("c.child_id").as("child_id"))
                .agg(min(greatest(col("e.start_date"), col("c.application_date"))).as("first_school_day"));
        return cohort.join(first, new String[] {"child_id"}, "left");
    }

    /** Adds a flag: whether a residence segment of the person covers {@code day} (a column of the frame). */
    static Dataset<Row> inReceptionOn(Dataset<Row> frame, Dataset<Row> segments, Column day, String flag) {
        Dataset<Row> s = segments.select(col("child_id").as("__child"), col("seg_start").as("__start"),
                col("seg_end").as("__end"));
        Column covers = col("child_id").equalTo(col("__child"))
                .and(col("__start").leq(day)).and(col("__end").gt(day));
        return frame.join(s, covers, "left")
                .withColumn(flag, col("__child").isNotNull())
                .drop("__child", "__start", "__end");
    }

    /**
     * The status of the definition, in its order. What remains is LEFT: with no F, not in
     * reception on as_of while as_of <= D, or not on D once as_of > D, i.e. not on min(D, as_of).
     */
    static Column status(Column asOf) {
        Column f = col("first_school_day");
        return when(col("bsn_id").isNull(), lit(SchoolStatus.UNLINKED.name()))
                .when(f.isNotNull().and(f.leq(col("deadline"))), lit(SchoolStatus.ENROLLED_IN_TIME.name()))
                .when(f.isNotNull(), lit(SchoolStatus.ENROLLED_LATE.name()))
                .when(asOf.leq(col("deadline")).and(col("in_reception_on_as_of")),
                        lit(SchoolStatus.WAITING_IN_TERM.name()))
                .when(asOf.gt(col("deadline")).and(col("on_deadline")), lit(SchoolStatus.OVERDUE.name()))
                .otherwise(lit(SchoolStatus.LEFT.name()));
    }
}
