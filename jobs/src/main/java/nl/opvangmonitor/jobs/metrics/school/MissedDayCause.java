package nl.opvangmonitor.jobs.metrics.school;

/** Why a missed school day was missed (metrics.md, gold.missed_school_monthly): exactly one each. */
public enum MissedDayCause {
    /** Before the first school day F, or there is no F. */
    INITIAL,
    /** On or after F, in a gap that starts within 14 days of a move of the child. */
    RELOCATION,
    /** On or after F, in a gap that starts more than 14 days from every move. */
    OTHER
}
