package nl.opvangmonitor.jobs.cli;

/** The exit codes a scheduler sees (engineering.md); documented in the README. */
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
}
