package nl.opvangmonitor.jobs.metrics.care;

/** The outcome of a (care-relevant move, active trajectory) pair (metrics.md, gold.care_continuity_monthly). */
public enum CareOutcome {
    /** The trajectory is open or ends after move + 30 days, and as_of has reached move + 30. */
    CONTINUED,
    /** The trajectory ended by move + 30 and a same-soort successor started within end − 7 .. end + 30. */
    TRANSFERRED,
    /** The trajectory ended by move + 30, no successor, and as_of has reached end + 30. */
    INTERRUPTED,
    /** Too early to tell on as_of. */
    PENDING
}
