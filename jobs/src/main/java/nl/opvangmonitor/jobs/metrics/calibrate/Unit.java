package nl.opvangmonitor.jobs.metrics.calibrate;

import java.util.Locale;

/** How a calibration figure is printed. */
public enum Unit {
    COUNT("%,.0f"), DAYS("%,.1f"), PERCENT("%.1f%%");

    private final String format;

    Unit(String format) {
        this.format = format;
    }

    public String format(double value) {
        return String.format(Locale.ROOT, format, value);
    }
}
