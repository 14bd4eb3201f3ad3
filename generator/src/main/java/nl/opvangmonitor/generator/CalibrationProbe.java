package nl.opvangmonitor.generator;

import static nl.opvangmonitor.common.calibration.PublishedFigures.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.generator.Household.Child;
import nl.opvangmonitor.generator.ReceptionPath.Stay;

/**
 * A quick self-check of the calibration: computes the published figures of synthetic-data.md
 * straight from the generator's in-memory model (true values, no files, no pipeline), with the
 * metric definitions of metrics.md (age from the birth month; a stay covers [instroom, uitstroom)).
 * The real calibration is done later on the gold tables; this shows whether parameters are in range.
 */
public final class CalibrationProbe {
    static final LocalDate APRIL_2025 = INSPECTORATES_MONTH.atEndOfMonth();

    /** A computed figure beside its published value (NaN when there is none). */
    public record Figure(String name, double value, double published) {
    }

    private long minorsJan, noodJan, crisisJan, noodApril, amvNoodApril, amvAdultInAmv, amvTurning18;
    private final Set<Location> noodLocationsApril = new HashSet<>();
    private double ongoingDaysSum;
    private long ongoingSpells, endedSpells;
    private double endedDaysSum;

    private CalibrationProbe() {
    }

    /** Runs the world's households through the probe and returns the figures. */
    public static List<Figure> measure(SyntheticWorld world, LongConsumer progress) {
        CalibrationProbe probe = new CalibrationProbe();
        world.forEachHousehold(probe::count, progress);
        return probe.figures(world);
    }

    private void count(Household h) {
        List<Stay> stays = h.path().stays();
        List<Stay[]> spells = spells(stays);
        for (Child c : h.children()) {
            LocalDate birth = c.birth();
            Stay jan = h.path().stayOn(NGO_DAY);
            if (jan != null && Dates.ageOn(birth, NGO_DAY) < 18) {
                minorsJan++;
                noodJan += jan.location().opvangvorm().equals("NOODOPVANG") ? 1 : 0;
                crisisJan += jan.location().opvangvorm().equals("CRISISNOODOPVANG") ? 1 : 0;
            }
            Stay april = h.path().stayOn(APRIL_2025);
            if (april != null && Dates.ageOn(birth, APRIL_2025) < 18 && april.location().opvangvorm().equals("NOODOPVANG")) {
                noodApril++;
                amvNoodApril += h.amv() ? 1 : 0;
                noodLocationsApril.add(april.location());
            }
            Stay amvDay = h.path().stayOn(AMV_DAY);
            if (h.amv() && amvDay != null) {
                int age = Dates.ageOn(birth, AMV_DAY);
                amvAdultInAmv += age >= 18 && amvDay.location().opvangvorm().equals("AMV") ? 1 : 0;
                LocalDate eighteen = birth.withDayOfMonth(1).plusYears(18);
                amvTurning18 += age < 18 && !eighteen.isAfter(AMV_DAY.plusDays(365)) ? 1 : 0;
            }
            for (Stay[] spell : spells) {
                countSpell(spell[0].start(), spell[1].end(), birth,
                        spell[1].location().opvangvorm().equals("NOODOPVANG"));
            }
        }
    }

    /**
     * Mean ongoing spell length at the month-ends of 2025, and lengths of spells ended in 2025 whose
     * last stay was in NOODOPVANG (as the calibration reads gold.emergency_stay_monthly), for minors.
     */
    private void countSpell(LocalDate start, LocalDate end, LocalDate birth, boolean endsInNoodopvang) {
        for (int m = 1; m <= 12; m++) {
            LocalDate e = YearMonth.of(2025, m).atEndOfMonth();
            if (!e.isBefore(start) && (end == null || e.isBefore(end)) && Dates.ageOn(birth, e) < 18) {
                ongoingDaysSum += e.toEpochDay() - start.toEpochDay() + 1;
                ongoingSpells++;
            }
        }
        if (endsInNoodopvang && end != null && end.getYear() == 2025 && Dates.ageOn(birth, end.minusDays(1)) < 18) {
            endedDaysSum += end.toEpochDay() - start.toEpochDay();
            endedSpells++;
        }
    }

    /** Runs of consecutive emergency stays (moves are same-day, so consecutive stays touch): first and last stay. */
    private static List<Stay[]> spells(List<Stay> stays) {
        List<Stay[]> spells = new ArrayList<>();
        Stay first = null;
        Stay last = null;
        for (Stay s : stays) {
            if (s.location().emergency()) {
                first = first == null ? s : first;
                last = s;
            } else if (first != null) {
                spells.add(new Stay[] {first, last});
                first = null;
            }
        }
        if (first != null) {
            spells.add(new Stay[] {first, last});
        }
        return spells;
    }

    private List<Figure> figures(SyntheticWorld world) {
        List<Figure> f = new ArrayList<>();
        double scale = (double) world.params.persons() / GeneratorParameters.NATIONAL_PERSONS;
        f.add(new Figure("scale (persons / national persons)", scale, Double.NaN));
        f.add(new Figure("minors in reception 26-01-2026", minorsJan, MINORS_IN_RECEPTION * scale));
        f.add(new Figure("  of whom in NOODOPVANG", noodJan, IN_NOODOPVANG * scale));
        f.add(new Figure("  of whom in CRISISNOODOPVANG", crisisJan, IN_CRISISNOODOPVANG * scale));
        f.add(new Figure("minors in NOODOPVANG 30-04-2025", noodApril, NOODOPVANG_MINORS * scale));
        f.add(new Figure("  NOODOPVANG locations with minors", noodLocationsApril.size(),
                NOODOPVANG_LOCATIONS_WITH_MINORS * scale));
        f.add(new Figure("  of whom amv", amvNoodApril, NOODOPVANG_AMV * scale));
        long open = world.locations.all().stream().filter(l -> l.openOn(APRIL_2025)).count();
        long emergency = world.locations.all().stream().filter(l -> l.openOn(APRIL_2025) && l.emergency()).count();
        f.add(new Figure("share of open locations that are emergency, 30-04-2025", (double) emergency / open,
                EMERGENCY_LOCATION_SHARE));
        f.add(new Figure("mean ongoing emergency spell at 2025 month-ends (days)", ongoingDaysSum / ongoingSpells,
                MEAN_EMERGENCY_STAY_DAYS));
        f.add(new Figure("mean length of spells ended in NOODOPVANG in 2025 (days)", endedDaysSum / endedSpells,
                MEAN_EMERGENCY_STAY_DAYS));
        f.add(new Figure("amv aged 18+ at opvangvorm AMV 29-04-2026", amvAdultInAmv,
                AMV_18PLUS_IN_AMV_RECEPTION * scale));
        f.add(new Figure("amv minors turning 18 within 365 days of 29-04-2026", amvTurning18, AMV_TURNING_18_WITHIN_A_YEAR * scale));
        f.add(new Figure("share of inventoried locations meeting participatie", participation(world), PARTICIPATION_PERCENT / 100.0));
        kso(world, f);
        return f;
    }

    private static double participation(SyntheticWorld world) {
        Map<Location, Inventory.Round> latest = new LinkedHashMap<>();
        for (Inventory.Round r : world.inventory) {
            if (!r.peildatum().isAfter(world.to)) {
                latest.merge(r.location(), r, (a, b) -> a.peildatum().isAfter(b.peildatum()) ? a : b);
            }
        }
        return latest.values().stream().filter(r -> r.met()[9]).count() / (double) Math.max(1, latest.size());
    }

    private static void kso(SyntheticWorld world, List<Figure> f) {
        int m = world.params.locations().leadMultiplier();
        Map<String, Integer> rejected = new LinkedHashMap<>();
        int pipeline = 0;
        for (KsoLeads.Lead lead : world.leads) {
            KsoLeads.Status on = lead.history().stream().filter(s -> !s.date().isAfter(KSO_DAY))
                    .max(Comparator.comparing(KsoLeads.Status::date)).orElse(null);
            if (on == null) {
                continue;
            }
            if (on.status().equals("LEAD") || on.status().equals("IN_ONTWIKKELING")) {
                pipeline++;
            } else if (on.reason() != null && on.date().getYear() >= 2024) {
                rejected.merge(on.reason(), 1, Integer::sum);
            }
        }
        f.add(new Figure("KSO leads in the pipeline 17-06-2026", pipeline, KSO_LEADS * m));
        KSO_REJECTIONS_BY_REASON.forEach((reason, n) -> f.add(
                new Figure("KSO rejected/on hold 2024..17-06-2026: " + reason, rejected.getOrDefault(reason, 0), n * m)));
    }
}
