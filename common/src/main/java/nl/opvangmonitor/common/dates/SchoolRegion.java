package nl.opvangmonitor.common.dates;

import java.util.Locale;

/** The three school holiday regions of the Netherlands (metrics.md, "School day"), as the schedule names them. */
public enum SchoolRegion {
    NOORD, MIDDEN, ZUID;

    /** The region's name as in the calendar files and in Spark columns: {@code noord}, {@code midden}, {@code zuid}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SchoolRegion ofCode(String code) {
        for (SchoolRegion r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown school region '" + code + "' (noord, midden or zuid)");
    }
}
