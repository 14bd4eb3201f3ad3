package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.opvangmonitor.common.contract.Vocabulary;
import nl.opvangmonitor.generator.ReceptionPath.Move;
import nl.opvangmonitor.generator.ReceptionPath.Stay;

/**
 * A linked child's youth-care trajectories: per soort a chance of care starting some time in
 * reception, paid by the municipality of the location. When the child moves to another
 * municipality the care goes on, is transferred (ended VOORTIJDIG_EXTERN and restarted there within
 * a month), resumes months later, or stops for good.
 */
final class CareSimulator {
    private static final String[] NORMAL_END = {"VOLGENS_PLAN", "VOORTIJDIG_OVEREENSTEMMING", "VOORTIJDIG_CLIENT",
            "VOORTIJDIG_AANBIEDER"};
    private static final double[] NORMAL_END_WEIGHTS = {0.6, 0.15, 0.15, 0.1};
    private static final String EXTERNAL = "VOORTIJDIG_EXTERN";
    private static final int PROVIDERS = 3;

    private final GeneratorParameters.Care p;

    CareSimulator(GeneratorParameters.Care p) {
        this.p = p;
    }

    /** The trajectories of a child with a bsn from {@code bsnDate}, oldest soort first. */
    List<CareTrajectory> simulate(SplittableRandom r, boolean amv, LocalDate birth, LocalDate bsnDate, ReceptionPath path) {
        List<CareTrajectory> out = new ArrayList<>();
        double[] shares = amv ? p.amvShares() : p.familyShares();
        for (int i = 0; i < Vocabulary.CARE_TYPES.size(); i++) {
            String soort = Vocabulary.CARE_TYPES.get(i);
            if (!Rand.chance(r, shares[i]) || path.stays().size() < 2) {
                continue;
            }
            LocalDate adult = birth.plusYears(18);
            LocalDate lo = later(path.stays().get(1).start(), bsnDate);
            if (soort.equals("JEUGDRECLASSERING")) {
                lo = later(lo, birth.plusYears(12));
            }
            LocalDate last = path.stays().get(path.stays().size() - 1).start().plusYears(1);
            LocalDate hi = earlier(path.exit() != null ? path.exit() : last, adult);
            if (!lo.isBefore(hi)) {
                continue;
            }
            LocalDate start = Rand.day(r, lo, hi.minusDays(1));
            trajectories(r, soort, start, earlier(start.plusDays(Math.max(14, Rand.erlangDays(r, p.durationMeanDays()))), adult),
                    adult, path, out);
        }
        return out;
    }

    /** A trajectory from start to its planned end, split by moves to other municipalities. */
    private void trajectories(SplittableRandom r, String soort, LocalDate start, LocalDate planned, LocalDate adult,
            ReceptionPath path, List<CareTrajectory> out) {
        LocalDate cursor = start;
        while (true) {
            Stay at = path.stayOn(start);
            if (at == null) {
                return;
            }
            Municipality m = at.location().municipality();
            String provider = Codes.provider(m, soort, r.nextInt(PROVIDERS));
            Move move = nextMunicipalityChange(path, cursor, planned);
            if (move == null) {
                if (path.exit() != null && path.exit().isBefore(planned) && Rand.chance(r, p.endAtExitShare())) {
                    out.add(new CareTrajectory(m, provider, soort, start, path.exit(), EXTERNAL));
                } else {
                    out.add(new CareTrajectory(m, provider, soort, start, planned,
                            NORMAL_END[Rand.weighted(r, NORMAL_END_WEIGHTS)]));
                }
                return;
            }
            double x = r.nextDouble();
            if (x < p.continueOnMoveShare()) {
                cursor = move.date();
                continue;
            }
            LocalDate end = move.date().plusDays(Rand.between(r, 0, 14));
            if (!end.isBefore(planned)) {
                end = planned;
            }
            out.add(new CareTrajectory(m, provider, soort, start, end, EXTERNAL));
            LocalDate next;
            if (x < p.continueOnMoveShare() + p.transferShare()) {
                next = end.plusDays(Rand.between(r, 0, 30));
            } else if (x < p.continueOnMoveShare() + p.transferShare() + p.resumeLaterShare()) {
                next = end.plusDays(Rand.between(r, 31, 180));
            } else {
                return;
            }
            if (!next.isBefore(adult) || !end.isBefore(planned)) {
                return;
            }
            planned = earlier(next.plusDays(Math.max(14, planned.toEpochDay() - end.toEpochDay())), adult);
            start = next;
            cursor = next;
        }
    }

    /** The first move after {@code after} and before {@code before} between two municipalities. */
    private static Move nextMunicipalityChange(ReceptionPath path, LocalDate after, LocalDate before) {
        for (Move m : path.moves()) {
            if (m.date().isAfter(after) && m.date().isBefore(before)
                    && !m.from().municipality().equals(m.to().municipality())) {
                return m;
            }
        }
        return null;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
