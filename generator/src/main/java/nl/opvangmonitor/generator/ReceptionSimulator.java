package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.generator.ReceptionPath.Move;
import nl.opvangmonitor.generator.ReceptionPath.Stay;

/**
 * Simulates one household's way through reception, event by event: intake at an aanmeldcentrum,
 * then (for most) an emergency spell, starting in crisis emergency reception for some, then regular
 * reception until the exit day. Locations that close move their residents (SLUITING_LOCATIE); random
 * capacity and other moves happen at a per-phase rate; an amv turning 18 in amv reception mostly
 * moves to an azc (MEERDERJARIG), often in another province.
 */
final class ReceptionSimulator {
    private enum Phase { INTAKE, CRISIS, EMERGENCY, REGULAR }

    private enum Event { EXIT, CLOSURE, PHASE_END, RANDOM_MOVE, TURN_18, ADULT_MOVE }

    private static final double[] FAMILY_MOVE_WEIGHTS = {0.4, 0.15, 0.15, 0.3};
    private static final String[] FAMILY_MOVE_REASONS = {"CAPACITEIT", "GEZINSHERENIGING", "ZORG_OF_VEILIGHEID", "OVERIG"};
    private static final double[] AMV_MOVE_WEIGHTS = {0.45, 0.25, 0.3};
    private static final String[] AMV_MOVE_REASONS = {"CAPACITEIT", "ZORG_OF_VEILIGHEID", "OVERIG"};
    /** An amv in emergency reception who turns 18 is moved to adult reception within about a month. */
    private static final double EMERGENCY_ADULT_MOVE_MEAN_DAYS = 30;
    /** Where to go when the wanted form has no other open location (only in very small worlds). */
    private static final String[] FALLBACK_FORMS = {"AZC", "AMV", "GEZINSLOCATIE", "NOODOPVANG", "NIDOS_KLEINSCHALIG"};

    private final GeneratorParameters.Reception p;
    private final LocationPlan plan;
    private final LocalDate horizon;

    ReceptionSimulator(GeneratorParameters.Reception p, LocationPlan plan, LocalDate horizon) {
        this.p = p;
        this.plan = plan;
        this.horizon = horizon;
    }

    /** The path of a household applying on {@code applied} and leaving reception on {@code exit}; birth is the amv's. */
    ReceptionPath simulate(SplittableRandom r, boolean amv, LocalDate applied, LocalDate plannedExit, LocalDate birth) {
        State s = new State(r, amv, birth);
        s.exit = plannedExit;
        s.loc = plan.pick("AANMELDCENTRUM", applied, r, l -> true);
        s.since = applied;
        s.phaseEnd = applied.plusDays(Math.max(1, Rand.expDays(r, p.intakeMeanDays())));
        s.emergency = Rand.chance(r, amv ? p.amvEmergencyShare() : p.familyEmergencyShare());
        s.crisisFirst = s.emergency && Rand.chance(r, p.crisisFirstShare());
        s.spellDays = Math.max(14, Rand.expDays(r, p.emergencySpellMeanDays()));
        while (true) {
            Event kind = Event.EXIT;
            LocalDate e = s.exit;
            if (s.loc.close() != null && s.loc.close().isBefore(e)) {
                kind = Event.CLOSURE;
                e = s.loc.close();
            }
            if (s.phaseEnd != null && s.phaseEnd.isBefore(e)) {
                kind = Event.PHASE_END;
                e = s.phaseEnd;
            }
            if (s.nextMove != null && s.nextMove.isBefore(e)) {
                kind = Event.RANDOM_MOVE;
                e = s.nextMove;
            }
            if (amv && !s.adultDecided && s.adult.isBefore(e)) {
                kind = Event.TURN_18;
                e = s.adult;
            }
            if (s.adultMove != null && s.adultMove.isBefore(e)) {
                kind = Event.ADULT_MOVE;
                e = s.adultMove;
            }
            if (e.isAfter(horizon)) {
                s.stays.add(new Stay(s.loc, s.since, null));
                return new ReceptionPath(List.copyOf(s.stays), List.copyOf(s.moves), null);
            }
            if (kind == Event.EXIT) {
                s.stays.add(new Stay(s.loc, s.since, e));
                return new ReceptionPath(List.copyOf(s.stays), List.copyOf(s.moves), e);
            }
            if (kind == Event.TURN_18) {
                decideAdultMove(s);
                continue;
            }
            handle(s, kind, e);
        }
    }

    private void decideAdultMove(State s) {
        s.adultDecided = true;
        String form = s.loc.opvangvorm();
        boolean amvReception = form.equals("AMV") || form.equals("NIDOS_KLEINSCHALIG");
        if ((amvReception || s.loc.emergency()) && Rand.chance(s.r, p.amvAdultMoveShare())) {
            double mean = amvReception ? p.amvAdultMoveDelayMeanDays() : EMERGENCY_ADULT_MOVE_MEAN_DAYS;
            s.adultMove = s.adult.plusDays(1 + Rand.expDays(s.r, mean));
            if (!s.adultMove.isBefore(s.exit)) { // waiting for adult reception keeps them in reception
                s.exit = s.adultMove.plusDays(Rand.between(s.r, 30, 365));
            }
        }
    }

    /** Moves the household on day e for the event, choosing the destination by phase and reason. */
    private void handle(State s, Event kind, LocalDate e) {
        String form;
        String reason;
        Predicate<Location> preferred = l -> true;
        switch (kind) {
            case CLOSURE -> {
                form = s.phase == Phase.CRISIS ? "NOODOPVANG" : s.phase == Phase.REGULAR ? regularForm(s, e) : s.loc.opvangvorm();
                reason = "SLUITING_LOCATIE";
                if (s.phase == Phase.CRISIS) {
                    s.phase = Phase.EMERGENCY;
                    s.phaseEnd = s.spellEnd;
                }
            }
            case PHASE_END -> {
                if (s.phase == Phase.INTAKE && s.emergency) {
                    s.spellEnd = e.plusDays(s.spellDays);
                    if (s.crisisFirst) {
                        s.phase = Phase.CRISIS;
                        LocalDate crisisEnd = e.plusDays(Math.max(3, Rand.expDays(s.r, p.crisisMeanDays())));
                        s.phaseEnd = crisisEnd.isBefore(s.spellEnd) ? crisisEnd : s.spellEnd;
                        form = "CRISISNOODOPVANG";
                    } else {
                        s.phase = Phase.EMERGENCY;
                        s.phaseEnd = s.spellEnd;
                        form = "NOODOPVANG";
                    }
                    reason = "CAPACITEIT";
                } else if (s.phase == Phase.CRISIS && e.isBefore(s.spellEnd)) {
                    s.phase = Phase.EMERGENCY;
                    s.phaseEnd = s.spellEnd;
                    form = "NOODOPVANG";
                    reason = "CAPACITEIT";
                } else {
                    s.phase = Phase.REGULAR;
                    s.phaseEnd = null;
                    form = regularForm(s, e);
                    reason = "DOORSTROOM_REGULIER";
                }
            }
            case RANDOM_MOVE -> {
                form = s.phase == Phase.REGULAR ? regularForm(s, e) : "NOODOPVANG";
                reason = s.phase != Phase.REGULAR ? "CAPACITEIT"
                        : s.amv ? AMV_MOVE_REASONS[Rand.weighted(s.r, AMV_MOVE_WEIGHTS)]
                        : FAMILY_MOVE_REASONS[Rand.weighted(s.r, FAMILY_MOVE_WEIGHTS)];
            }
            case ADULT_MOVE -> {
                s.adultMove = null;
                s.phase = Phase.REGULAR;
                s.phaseEnd = null;
                form = "AZC";
                reason = "MEERDERJARIG";
                String province = s.loc.municipality().province();
                boolean other = Rand.chance(s.r, p.amvAdultOtherProvinceShare());
                preferred = l -> l.municipality().province().equals(province) != other;
            }
            default -> throw new IllegalStateException(kind.name());
        }
        Location current = s.loc;
        Predicate<Location> elsewhere = preferred;
        Location dest = plan.pick(form, e, s.r, l -> l != current && elsewhere.test(l));
        for (int i = 0; i < FALLBACK_FORMS.length && (dest == null || dest == current); i++) {
            dest = plan.pick(FALLBACK_FORMS[i], e, s.r, l -> l != current);
        }
        if (dest == null || dest == current) {
            if (kind == Event.CLOSURE) {
                throw new IllegalStateException("no open location on " + e + " for the residents of " + current.code());
            }
            s.nextMove = nextMove(s, e); // a tiny world with nowhere else to go: stay
            return;
        }
        s.stays.add(new Stay(current, s.since, e));
        s.moves.add(new Move(e, current, dest, reason));
        s.loc = dest;
        s.since = e;
        s.nextMove = nextMove(s, e);
        if (dest.opvangvorm().equals("AZC")) {
            s.adultMove = null; // already in adult reception
        }
    }

    private LocalDate nextMove(State s, LocalDate e) {
        double perYear = s.phase == Phase.REGULAR ? p.regularMovesPerYear()
                : s.phase == Phase.EMERGENCY ? p.emergencyMovesPerYear() : 0;
        return perYear <= 0 ? null : e.plusDays(1 + Rand.expDays(s.r, 365 / perYear));
    }

    /** The regular opvangvorm for the household on day e: amv by age, families mostly azc. */
    private String regularForm(State s, LocalDate e) {
        if (s.amv) {
            int age = Dates.ageOn(s.birth, e);
            if (age >= 18) { // waiting for the move to adult reception happens in amv reception
                return s.adultMove != null && !s.loc.emergency() ? s.loc.opvangvorm() : "AZC";
            }
            return age < 15 && Rand.chance(s.r, p.amvUnder15NidosShare()) ? "NIDOS_KLEINSCHALIG" : "AMV";
        }
        double x = s.r.nextDouble();
        if (x < p.familyKsoShare() && plan.hasOpen("KSO", e)) {
            return "KSO";
        }
        return x < p.familyKsoShare() + p.familyGezinslocatieShare() ? "GEZINSLOCATIE" : "AZC";
    }

    /** The mutable state of one simulation. */
    private static final class State {
        final SplittableRandom r;
        final boolean amv;
        final LocalDate birth;
        final LocalDate adult;
        final List<Stay> stays = new ArrayList<>();
        final List<Move> moves = new ArrayList<>();
        Location loc;
        LocalDate since;
        LocalDate exit;
        Phase phase = Phase.INTAKE;
        LocalDate phaseEnd;
        LocalDate nextMove;
        LocalDate spellEnd;
        LocalDate adultMove;
        boolean adultDecided;
        boolean emergency;
        boolean crisisFirst;
        int spellDays;

        State(SplittableRandom r, boolean amv, LocalDate birth) {
            this.r = r;
            this.amv = amv;
            this.birth = birth;
            this.adult = birth.plusYears(18);
        }
    }
}
