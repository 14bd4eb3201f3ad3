package nl.opvangmonitor.generator;

import java.time.LocalDate;
import nl.opvangmonitor.common.dates.Dates;

/** Raw field values as data-contract.md writes them: dates dd-MM-yyyy, J/N, empty for null. */
final class RawValues {
    private RawValues() {
    }

    static String date(LocalDate d) {
        return Dates.toRaw(d);
    }

    /** The end day if it is known on the delivery day, else empty (still open then). */
    static String endKnownOn(LocalDate end, LocalDate delivery) {
        return end != null && !end.isAfter(delivery) ? Dates.toRaw(end) : "";
    }

    static String bool(boolean b) {
        return b ? "J" : "N";
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
