package nl.opvangmonitor.jobs.metrics.headline;

/** A cohort child's school-access status on as_of (metrics.md, gold.school_access), exactly one each. */
public enum SchoolStatus {
    UNLINKED, ENROLLED_IN_TIME, ENROLLED_LATE, WAITING_IN_TERM, OVERDUE, LEFT
}
