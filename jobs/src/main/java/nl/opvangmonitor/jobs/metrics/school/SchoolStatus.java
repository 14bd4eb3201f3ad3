package nl.opvangmonitor.jobs.metrics.school;

import java.util.Locale;

/** The six statuses of a school-access cohort child on as_of (metrics.md, gold.school_access): exactly one each. */
public enum SchoolStatus {
    /** No bsn: school registrations cannot be attached, so the child is reported, never counted as out of school. */
    UNLINKED,
    /** First school day F on or before the deadline D. */
    ENROLLED_IN_TIME,
    /** F after D. */
    ENROLLED_LATE,
    /** No F, as_of on or before D, in reception on as_of. */
    WAITING_IN_TERM,
    /** No F, as_of after D, in reception on D. */
    OVERDUE,
    /** No F and not in reception on min(D, as_of). */
    LEFT;

    /** The gold.school_access column counting the children with this status. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
