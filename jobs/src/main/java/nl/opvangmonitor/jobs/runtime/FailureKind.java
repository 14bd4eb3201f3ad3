package nl.opvangmonitor.jobs.runtime;

/**
 * What went wrong, as a scheduler must tell it apart; the command line alone turns a kind into an exit
 * code (cli.ExitCodes), so the jobs know nothing of processes.
 */
public enum FailureKind {
    /** Any failure that is not one of the kinds below. */
    FAILURE,
    /** Wrong options or arguments. */
    USAGE,
    /** Data-quality thresholds exceeded (e.g. a delivery whose whole content was quarantined). */
    DATA_QUALITY,
    /** Row accounting broken: rows read != rows accepted + rows quarantined for a delivery. */
    ACCOUNTING,
    /** Another process holds the lake lock. */
    LAKE_LOCKED,
    /** {@code calibrate --strict}: a gold figure is off its published value, or missing. */
    CALIBRATION_MISS
}
