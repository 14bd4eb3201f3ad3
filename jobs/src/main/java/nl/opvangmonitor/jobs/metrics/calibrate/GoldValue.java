package nl.opvangmonitor.jobs.metrics.calibrate;

/**
 * A figure as read from gold, with where it was read (table, date, rows), so a reader can check
 * it; {@code value} is null when gold holds no such figure there.
 */
public record GoldValue(Double value, String readFrom) {

    public boolean available() {
        return value != null;
    }

    /** This value if available, otherwise {@code fallback} (e.g. a month-end instead of an exact day). */
    public GoldValue or(java.util.function.Supplier<GoldValue> fallback) {
        return available() ? this : fallback.get();
    }
}
