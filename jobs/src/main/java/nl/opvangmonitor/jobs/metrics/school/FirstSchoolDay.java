package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The first school day F of metrics.md (gold.school_access): the smallest max(inschrijving, A)
 * over the person's enrolments that are open or end after it, enrolments attached through the
 * bsn. Shared by school access (days to school) and missed school (INITIAL days lie before F).
 */
public final class FirstSchoolDay {
    private FirstSchoolDay() {
    }

    /**
     * {@code child_id, first_school_day} for every person that has an F on or before {@code asOf};
     * persons without one are absent. An enrolment counts when it covers max(inschrijving, A)
     * (the definition's "open or ends after A", minus enrolments that cover no day at all).
     */
    public static Dataset<Row> of(Dataset<Row> persons, Dataset<Row> enrolments, Column asOf) {
        Dataset<Row> linked = persons.where(col("bsn_id").isNotNull())
                .select("child_id", "bsn_id", "application_date");
        Column candidate = greatest(col("start_date"), col("application_date"));
        return enrolments
                .where(col("bsn_id").isNotNull().and(col("start_date").leq(asOf)))
                .select("bsn_id", "start_date", "end_date")
                .join(linked, "bsn_id")
                .where(candidate.leq(asOf).and(col("end_date").isNull().or(col("end_date").gt(candidate))))
                .groupBy("child_id")
                .agg(min(candidate).as("first_school_day"));
    }
}
