package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.common.dates.SchoolCalendar;
import nl.opvangmonitor.common.dates.SchoolRegions;
import nl.opvangmonitor.generator.ReceptionPath.Stay;

/**
 * A child's school registrations along its reception path: the first one some weeks after it
 * leaves the intake centre (longer in emergency reception), ended around each relocation
 * (VERHUIZING, unless the school stays in the same municipality) and followed by a new one after a
 * gap (longer in emergency reception); a switch to secondary education after the 12th birthday,
 * often an end at 18, and an end on leaving reception. A registration starts on a school day of the
 * municipality's school region (after a holiday, not in it; a switch at the start of the region's
 * school year), as real registrations do.
 */
final class SchoolSimulator {
    private static final String[] PRIMARY = {"NIEUWKOMERSVOORZIENING", "PO", "TNV", "SO"};
    private static final double[] PRIMARY_WEIGHTS = {0.45, 0.35, 0.15, 0.05};
    private static final String[] SECONDARY = {"ISK", "VO", "TNV", "VSO", "MBO"};
    private static final double[] SECONDARY_WEIGHTS = {0.65, 0.15, 0.05, 0.05, 0.10};
    /** Schools per municipality and level the generator spreads pupils over. */
    private static final int SCHOOLS = 3;
    private static final SchoolCalendar SCHOOL_CALENDAR = SchoolCalendar.official();
    /** Longer than any school holiday (the summer's six weeks and a public holiday): where a school day is found. */
    private static final int LONGEST_HOLIDAY_WEEKS = 8;

    private final GeneratorParameters.School p;
    private final LocalDate horizon;

    SchoolSimulator(GeneratorParameters.School p, LocalDate horizon) {
        this.p = p;
        this.horizon = horizon;
    }

    /** The registrations of one child (bsn null when it never gets one), oldest first. */
    List<Enrolment> simulate(SplittableRandom r, LocalDate birth, String bsn, LocalDate bsnDate, String onderwijsnummer,
            ReceptionPath path) {
        Pupil pupil = new Pupil(r, birth, bsn, bsnDate, onderwijsnummer);
        List<Enrolment> done = new ArrayList<>();
        boolean ever = false;
        boolean stopped = false;
        boolean endsAt18 = Rand.chance(r, p.endAt18Share());
        boolean switchesAt12 = Rand.chance(r, p.schoolSwitchAt12Share());
        LocalDate lastEnd = null;
        Enrolment cur = null;
        for (Stay stay : path.stays()) {
            if (stay.location().opvangvorm().equals("AANMELDCENTRUM")) {
                continue;
            }
            if (cur != null && !(stay.location().municipality().equals(cur.municipality())
                    && Rand.chance(r, p.keepSchoolWithinMunicipalityShare()))) {
                LocalDate end = later(cur.start().plusDays(1),
                        stay.start().plusDays(Rand.between(r, -p.moveJitterDays(), p.moveJitterDays())));
                done.add(cur.ended(end, "VERHUIZING"));
                lastEnd = end;
                cur = null;
            }
            LocalDate stayEnd = stay.end() != null ? stay.end() : horizon.plusDays(1);
            if (cur == null && !stopped) {
                boolean emergency = stay.location().emergency();
                LocalDate earliest = later(stay.start(), birth.plusYears(5));
                if (lastEnd != null) {
                    earliest = later(earliest, lastEnd);
                }
                double mean = ever ? (emergency ? p.gapEmergencyMeanDays() : p.gapRegularMeanDays())
                        : (emergency ? p.firstDelayEmergencyMeanDays() : p.firstDelayRegularMeanDays());
                LocalDate start = schoolDayFrom(stay.location().municipality(),
                        earliest.plusDays(Rand.erlangDays(r, mean)));
                if (start.isBefore(stayEnd) && start.isBefore(birth.plusYears(18).minusDays(30)) && !start.isAfter(horizon)) {
                    cur = pupil.register(stay.location().municipality(), start, earliest);
                    ever = true;
                }
            }
            while (cur != null) {
                LocalDate adult = endsAt18 ? birth.plusYears(18) : null;
                LocalDate september = switchesAt12 && isPrimary(cur.soort()) ? septemberAfter(birth.plusYears(12)) : null;
                LocalDate switchDay = september != null && september.isBefore(stayEnd)
                        ? schoolDayFrom(cur.municipality(), september) : null;
                LocalDate next = earliestWithin(cur.start(), stayEnd, adult, switchDay);
                if (next == null) {
                    break;
                }
                if (next.equals(adult)) {
                    done.add(cur.ended(adult, "EINDE_LEERPLICHT"));
                    cur = null;
                    stopped = true;
                } else {
                    done.add(cur.ended(switchDay, "SCHOOLWISSEL"));
                    cur = pupil.register(cur.municipality(), switchDay, switchDay.minusDays(Rand.between(r, 14, 60)));
                }
            }
        }
        if (cur != null) {
            done.add(path.exit() == null ? cur
                    : cur.ended(later(cur.start().plusDays(1), path.exit()),
                            Rand.chance(r, p.leaveAbroadShare()) ? "VERTREK_BUITENLAND" : "VERHUIZING"));
        }
        return done;
    }

    /** One child's identifiers and draws, so each registration is made the same way. */
    private final class Pupil {
        final SplittableRandom r;
        final LocalDate birth;
        final String bsn;
        final LocalDate bsnDate;
        final String onderwijsnummer;

        Pupil(SplittableRandom r, LocalDate birth, String bsn, LocalDate bsnDate, String onderwijsnummer) {
            this.r = r;
            this.birth = birth;
            this.bsn = bsn;
            this.bsnDate = bsnDate;
            this.onderwijsnummer = onderwijsnummer;
        }

        /** A new open registration starting on {@code start}; the school was asked no earlier than {@code askedFrom}. */
        Enrolment register(Municipality m, LocalDate start, LocalDate askedFrom) {
            boolean primary = Dates.ageOn(birth, start) < 12;
            String soort = primary ? PRIMARY[Rand.weighted(r, PRIMARY_WEIGHTS)] : SECONDARY[Rand.weighted(r, SECONDARY_WEIGHTS)];
            if (soort.equals("MBO") && Dates.ageOn(birth, start) < 16) {
                soort = "ISK";
            }
            LocalDate aanmelding = null;
            if (!Rand.chance(r, p.aanmeldingMissingShare())) {
                long room = Math.max(0, start.toEpochDay() - askedFrom.toEpochDay());
                aanmelding = start.minusDays(Math.min(room, Rand.erlangDays(r, p.aanmeldingWaitMeanDays())));
            }
            boolean withBsn = bsn != null && !bsnDate.isAfter(start);
            return new Enrolment(withBsn ? bsn : null, withBsn ? null : onderwijsnummer,
                    Codes.brin(m, primary ? "P" : "S", r.nextInt(SCHOOLS)), m, soort, aanmelding, start, null, null);
        }
    }

    private static boolean isPrimary(String soort) {
        for (String s : PRIMARY) {
            if (s.equals(soort)) {
                return true;
            }
        }
        return false;
    }

    /** The earliest of the candidate days strictly after {@code after} and before {@code before}; null if none. */
    private static LocalDate earliestWithin(LocalDate after, LocalDate before, LocalDate... days) {
        LocalDate best = null;
        for (LocalDate d : days) {
            if (d != null && d.isAfter(after) && d.isBefore(before) && (best == null || d.isBefore(best))) {
                best = d;
            }
        }
        return best;
    }

    /** The first 1 September on or after the day: the start of a school year. */
    private static LocalDate septemberAfter(LocalDate day) {
        LocalDate sept = LocalDate.of(day.getYear(), Month.SEPTEMBER, 1);
        return sept.isBefore(day) ? sept.plusYears(1) : sept;
    }

    /**
     * The first school day on or after {@code day} in the school region of {@code m}; the first weekday
     * in years the school calendar does not cover (the generator runs for any dates; the metrics refuse
     * such years).
     */
    private static LocalDate schoolDayFrom(Municipality m, LocalDate day) {
        SchoolCalendar calendar = SCHOOL_CALENDAR.covers(day, day.plusWeeks(LONGEST_HOLIDAY_WEEKS)) ? SCHOOL_CALENDAR
                : SchoolCalendar.weekdays();
        return calendar.firstSchoolDayFrom(SchoolRegions.of(m.code(), m.province()), day);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
