package nl.opvangmonitor.generator;

import java.time.LocalDate;

/** A youth-care trajectory as a municipality delivers it: paying municipality, provider, soort, days, end reason. */
record CareTrajectory(Municipality municipality, String provider, String soort, LocalDate start, LocalDate end,
        String endReason) {
}
