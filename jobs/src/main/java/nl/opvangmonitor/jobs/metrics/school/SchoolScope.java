package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;

import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.common.dates.SchoolRegions;
import nl.opvangmonitor.jobs.metrics.AgeBands;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The periods whose school days are in scope for missed school (metrics.md, gold.missed_school_monthly):
 * in reception (residence segments, already cut at as_of), on or after the application date, at
 * school age (5th to 18th birthday). Split at the 12th birthday so each interval has one age band;
 * segments already split at location changes, so each has one category and provincie.
 */
public final class SchoolScope {
    private SchoolScope() {
    }

    /**
     * {@code child_id, bsn_id, linked, amv, category, provincie, school_region, age_band, start, end}
     * with {@code [start, end)} in scope, for linked and unlinked persons alike; {@code school_region}
     * is that of the location's municipality.
     */
    public static Dataset<Row> intervals(Dataset<Row> segments) {
        Dataset<Row> clipped = segments
                .select(col("child_id"), col("bsn_id"), col("amv"), col("birth_month"), col("category"),
                        col("provincie"), SchoolRegions.column(col("gemeentecode"), col("provincie")).as("school_region"),
                        greatest(col("seg_start"), col("application_date"),
                                Dates.birthdayOf(col("birth_month"), 5)).as("start"),
                        least(col("seg_end"), Dates.birthdayOf(col("birth_month"), 18)).as("end"))
                .where(col("start").lt(col("end")));
        return Intervals.splitAt(clipped, "start", "end", Dates.birthdayOf(col("birth_month"), 12))
                .select(col("child_id"), col("bsn_id"), col("bsn_id").isNotNull().as("linked"), col("amv"),
                        col("category"), col("provincie"), col("school_region"),
                        AgeBands.schoolBand(Dates.ageOn(col("birth_month"), col("start"))).as("age_band"),
                        col("start"), col("end"));
    }
}
