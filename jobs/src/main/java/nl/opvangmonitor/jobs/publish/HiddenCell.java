package nl.opvangmonitor.jobs.publish;

/**
 * Why a publish cell is hidden and in which pass of disclosure control, as data engineers read it in
 * {@code ops.disclosure_log} (publish itself only says that it is hidden); for a complement, the cell whose
 * hypercube, spread or line chose it ("dimensions column", null where not known), so an engineer can trace why a
 * total went.
 */
record HiddenCell(Reason reason, int pass, String protects) {

    HiddenCell(Reason reason, int pass) {
        this(reason, pass, null);
    }

    /** The same, naming the cell it protects. */
    HiddenCell protecting(String cell) {
        return new HiddenCell(reason, pass, cell);
    }

    /** The reasons, as written in the log. */
    enum Reason {
        /** A count of 1..k-1. */
        PRIMARY,
        /** Hidden to protect another hidden count (a hypercube corner or a line's complement). */
        COMPLEMENT,
        /** The same persons are hidden in the table this figure is linked to. */
        LINKED,
        /** A statistic over a hidden count or over fewer than k persons. */
        STATISTIC;

        String logName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
