package nl.opvangmonitor.jobs.cli;

import nl.opvangmonitor.jobs.runtime.FailureKind;

/** The exit codes a scheduler sees (engineering.md), one per {@link FailureKind}; documented in the README. */
public final class ExitCodes {
    private ExitCodes() {
    }

    public static final int OK = 0;
    /** Any failure that is not one of the kinds below. */
    public static final int FAILURE = 1;
    /** Wrong options or arguments (picocli's usage error). */
    public static final int USAGE = 2;
    /** Data-quality thresholds exceeded (e.g. a delivery whose whole content was quarantined). */
    public static final int DATA_QUALITY = 3;
    /** Row accounting broken: rows read != rows accepted + rows quarantined for a delivery. */
    public static final int ACCOUNTING = 4;
    /** Another process holds the lake lock. */
    public static final int LAKE_LOCKED = 5;
    /** {@code calibrate --strict}: a gold figure is off its published value, or missing. */
    public static final int CALIBRATION_MISS = 6;

    /** The exit code of a failure of this kind: the only place a job's failure becomes a process's exit code. */
    public static int of(FailureKind kind) {
        return switch (kind) {
            case FAILURE -> FAILURE;
            case USAGE -> USAGE;
            case DATA_QUALITY -> DATA_QUALITY;
            case ACCOUNTING -> ACCOUNTING;
            case LAKE_LOCKED -> LAKE_LOCKED;
            case CALIBRATION_MISS -> CALIBRATION_MISS;
        };
    }
}
