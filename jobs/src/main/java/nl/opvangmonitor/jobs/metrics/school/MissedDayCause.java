package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/** Why a missed school day was missed (metrics.md, gold.missed_school_monthly): exactly one each. */
public enum MissedDayCause {
    /** Before the first school day F, or there is no F. */
    INITIAL,
    /** On or after F, in a gap that starts within 14 days of a move of the child. */
    RELOCATION,
    /** On or after F, in a gap that starts more than 14 days from every move. */
    OTHER;

    /** {@code days} on rows of this cause, 0 on the others (the rows carry a {@code cause} column). */
    public Column daysOrZero(Column days) {
        return when(col("cause").equalTo(name()), days).otherwise(0L);
    }
}
