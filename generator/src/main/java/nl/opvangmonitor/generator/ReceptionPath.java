package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a household lived in reception: its stays in order, the relocations between them (each on
 * the day one stay ends and the next starts), and the exit day, null while still in reception on
 * the last simulated day (the last stay is then open).
 */
record ReceptionPath(List<Stay> stays, List<Move> moves, LocalDate exit) {

    /** A stay at a location: first day, and first day no longer there (null when open on the last simulated day). */
    record Stay(Location location, LocalDate start, LocalDate end) {
        boolean covers(LocalDate day) {
            return !day.isBefore(start) && (end == null || day.isBefore(end));
        }
    }

    /** A relocation from one location to another on a day, with COA's reason. */
    record Move(LocalDate date, Location from, Location to, String reason) {
    }

    /** The stay covering the day, or null. */
    Stay stayOn(LocalDate day) {
        for (Stay s : stays) {
            if (s.covers(day)) {
                return s;
            }
        }
        return null;
    }
}
