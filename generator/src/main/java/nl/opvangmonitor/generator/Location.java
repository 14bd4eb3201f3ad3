package nl.opvangmonitor.generator;

import java.time.LocalDate;
import nl.opvangmonitor.common.contract.Vocabulary;

/**
 * A reception location as coa_locaties delivers it. {@code close} is the first day it is closed
 * (planned or actual), null when no closure is planned; residents leave on that day at the latest.
 */
record Location(String code, String name, Municipality municipality, String opvangvorm, int capacity,
        LocalDate open, LocalDate close) {

    boolean openOn(LocalDate day) {
        return !day.isBefore(open) && (close == null || day.isBefore(close));
    }

    String category() {
        return Vocabulary.categoryOf(opvangvorm);
    }

    /** NOODOPVANG or CRISISNOODOPVANG. */
    boolean emergency() {
        String c = category();
        return c.equals(Vocabulary.NOODOPVANG) || c.equals(Vocabulary.CRISISNOODOPVANG);
    }
}
