package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * COA's child-friendliness inventory: two rounds (spring 2025 and spring 2026, as in the
 * minister's letter of 2 June 2026), each location inventoried in the rounds it was open for; a
 * location open in neither gets one inventory during its life in the range. Emergency locations
 * meet the criteria less often; the hard criteria improve somewhat in the second round.
 */
final class Inventory {
    private Inventory() {
    }

    /** Inventory rounds: each location's peildatum falls somewhere in the window. */
    private static final LocalDate[][] ROUNDS = {
            {LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31)},
            {LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31)}};
    private static final int HARD_CRITERIA = 5;

    /** One location's inventory on a day: the ten criteria in contract order, true when met. */
    record Round(Location location, LocalDate peildatum, boolean[] met) {
    }

    static List<Round> generate(GeneratorParameters.Locations p, long seed, List<Location> locations, LocalDate from,
            LocalDate to) {
        SplittableRandom r = Rand.stream(seed, Rand.INVENTORY, 0);
        List<Round> rounds = new ArrayList<>();
        for (Location l : locations) {
            boolean any = false;
            for (int round = 0; round < ROUNDS.length; round++) {
                LocalDate day = Rand.day(r, ROUNDS[round][0], ROUNDS[round][1]);
                if (l.openOn(day)) {
                    rounds.add(new Round(l, day, criteria(r, p, l, round)));
                    any = true;
                }
            }
            LocalDate lo = l.open().isAfter(from) ? l.open() : from;
            LocalDate hi = l.close() != null && l.close().isBefore(to) ? l.close().minusDays(1) : to;
            if (!any && !hi.isBefore(lo)) {
                rounds.add(new Round(l, Rand.day(r, lo, hi), criteria(r, p, l, 0)));
            }
        }
        return rounds;
    }

    private static boolean[] criteria(SplittableRandom r, GeneratorParameters.Locations p, Location l, int round) {
        double[] shares = l.emergency() ? p.emergencyCriteria() : p.regularCriteria();
        boolean[] met = new boolean[shares.length];
        for (int i = 0; i < shares.length; i++) {
            double share = shares[i] + (i < HARD_CRITERIA ? round * p.secondRoundHardImprovement() : 0);
            met[i] = r.nextDouble() < share;
        }
        return met;
    }
}
