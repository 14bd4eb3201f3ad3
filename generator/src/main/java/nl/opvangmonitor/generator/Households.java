package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.opvangmonitor.common.dates.Dates;

/**
 * Makes household number i, from its own random stream only. Application days are spread evenly
 * over the warm-up years before --from and the range itself; a household whose reception ended
 * before --from is drawn again, so every household written has data in the range and the stock of
 * children on --from has a realistic history.
 */
final class Households {
    private final GeneratorParameters p;
    private final long seed;
    private final Identifiers ids;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate warmupStart;
    private final ReceptionSimulator reception;
    private final SchoolSimulator school;
    private final CareSimulator care;

    Households(GeneratorParameters p, long seed, LocationPlan plan, LocalDate from, LocalDate to) {
        this.p = p;
        this.seed = seed;
        this.ids = new Identifiers(seed);
        this.from = from;
        this.to = to;
        this.warmupStart = warmupStart(p, from);
        this.reception = new ReceptionSimulator(p.reception(), plan, to);
        this.school = new SchoolSimulator(p.school(), to);
        this.care = new CareSimulator(p.care());
    }

    /** The first simulated day: locations and histories start here. */
    static LocalDate warmupStart(GeneratorParameters p, LocalDate from) {
        return from.minusYears(p.population().warmupYears());
    }

    /** Household i, whose children are persons firstPerson, firstPerson + 1, ... (at most limit of them). */
    Household create(long household, long firstPerson, int limit) {
        SplittableRandom r = Rand.stream(seed, Rand.HOUSEHOLD, household);
        GeneratorParameters.Population pop = p.population();
        boolean amv = r.nextDouble() < pop.amvHouseholdShare();
        int children = Math.min(limit, amv ? 1 : 1 + Rand.weighted(r, pop.familyChildrenWeights()));
        LocalDate applied;
        LocalDate exit;
        do {
            applied = Rand.day(r, warmupStart, to);
            double mean = amv ? p.reception().amvStayMeanDays() : p.reception().familyStayMeanDays();
            exit = applied.plusDays(Math.min(p.reception().maxStayDays(), 30 + Rand.erlangDays(r, mean - 30)));
        } while (!exit.isAfter(from));
        List<LocalDate> births = new ArrayList<>();
        for (int c = 0; c < children; c++) {
            int age = amv ? 12 + Rand.weighted(r, pop.amvAgeWeights()) : r.nextInt(18);
            births.add(birth(r, applied, age));
        }
        ReceptionPath path = reception.simulate(r, amv, applied, exit, births.get(0));
        LocalDate familyBsnDate = applied.plusDays(7 + Rand.expDays(r, pop.bsnDelayMeanDays()));
        List<Household.Child> list = new ArrayList<>();
        for (int c = 0; c < children; c++) {
            long person = firstPerson + c;
            LocalDate birth = births.get(c);
            boolean getsBsn = !Rand.chance(r, pop.noBsnShare()) && (path.exit() == null || familyBsnDate.isBefore(path.exit()));
            String bsn = getsBsn ? ids.bsn(person) : null;
            LocalDate bsnDate = getsBsn ? familyBsnDate : null;
            String onderwijsnummer = ids.onderwijsnummer(person);
            List<Enrolment> enrolments = school.simulate(r, birth, bsn, bsnDate, onderwijsnummer, path);
            List<CareTrajectory> trajectories = getsBsn ? care.simulate(r, amv, birth, bsnDate, path) : List.of();
            list.add(new Household.Child(person, ids.vnummer(person), birth, bsn, bsnDate, onderwijsnummer, enrolments,
                    trajectories));
        }
        return new Household(household, amv, amv ? null : ids.gezinsnummer(household), applied, path, List.copyOf(list));
    }

    /** A birth day for someone aged {@code age} on the application day, a minor then also by birth month (metrics.md). */
    private static LocalDate birth(SplittableRandom r, LocalDate applied, int age) {
        LocalDate birth = applied.minusYears(age).minusDays(Rand.between(r, 1, 364));
        while (Dates.ageOn(birth, applied) >= 18) {
            birth = birth.plusMonths(1);
        }
        return birth;
    }
}
