package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * One arrival: an unaccompanied minor or a family's minor children, who apply on the same day and
 * share a reception path; each child has its own identifiers, school and care.
 */
record Household(long index, boolean amv, String gezinsnummer, LocalDate applied, ReceptionPath path,
        List<Child> children) {

    /** A person of the extract: a minor at the application date. bsn and bsnDate are null when it never gets one. */
    record Child(long person, String vnummer, LocalDate birth, String bsn, LocalDate bsnDate, String onderwijsnummer,
            List<Enrolment> enrolments, List<CareTrajectory> care) {
    }
}
