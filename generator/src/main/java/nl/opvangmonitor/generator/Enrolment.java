package nl.opvangmonitor.generator;

import java.time.LocalDate;

/**
 * A school registration as DUO delivers it: the pupil by bsn or else onderwijsnummer, the school,
 * its municipality, the kind of education, and the registration's days and end reason.
 */
record Enrolment(String bsn, String onderwijsnummer, String brin, Municipality municipality, String soort,
        LocalDate aanmelding, LocalDate start, LocalDate end, String endReason) {

    Enrolment ended(LocalDate day, String reason) {
        return new Enrolment(bsn, onderwijsnummer, brin, municipality, soort, aanmelding, start, day, reason);
    }
}
