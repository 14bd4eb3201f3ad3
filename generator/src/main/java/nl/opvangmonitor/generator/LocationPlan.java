package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * All reception locations over the simulated period, organised as slots: each slot of an opvangvorm
 * is one place in the system that is always open, filled by a chain of locations where each closes
 * on the day its successor opens. Emergency locations live months to a few years, regular ones
 * many years; so the number open per form stays at its slot count while locations close and open.
 */
final class LocationPlan {
    /** Placements avoid locations that close within this many days. */
    static final int MIN_DAYS_BEFORE_CLOSE = 14;
    private static final int PICK_TRIES = 12;

    private final List<Location> all = new ArrayList<>();
    private final Map<String, List<List<Location>>> slotsByForm = new LinkedHashMap<>();

    private LocationPlan() {
    }

    /**
     * Builds the locations for the period [start, horizon]: the slots of the parameters, the two
     * intake centres' towns first, and one KSO location per lead that went into use.
     */
    static LocationPlan build(GeneratorParameters.Locations p, long seed, LocalDate start, LocalDate horizon,
            List<KsoLeads.Lead> leads) {
        LocationPlan plan = new LocationPlan();
        SplittableRandom r = Rand.stream(seed, Rand.LOCATIONS, 0);
        p.slots().forEach((form, count) -> {
            List<List<Location>> slots = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                slots.add(plan.chain(r, p, form, k, start, horizon));
            }
            plan.slotsByForm.put(form, slots);
        });
        List<List<Location>> kso = new ArrayList<>();
        for (KsoLeads.Lead lead : leads) {
            KsoLeads.Status last = lead.history().get(lead.history().size() - 1);
            if (last.status().equals("IN_GEBRUIK")) {
                kso.add(List.of(plan.add("Kleinschalige opvang " + lead.municipality().name(), lead.municipality(),
                        "KSO", lead.capacity(), last.date(), null)));
            }
        }
        plan.slotsByForm.put("KSO", kso);
        return plan;
    }

    private List<Location> chain(SplittableRandom r, GeneratorParameters.Locations p, String form, int slot,
            LocalDate start, LocalDate horizon) {
        List<Location> chain = new ArrayList<>();
        boolean regular = !form.equals("NOODOPVANG") && !form.equals("CRISISNOODOPVANG");
        int lifeMin = regular ? p.regularLifeMinYears() * 365 : form.equals("NOODOPVANG") ? p.emergencyLifeMinDays() : p.crisisLifeMinDays();
        int lifeMax = regular ? p.regularLifeMaxYears() * 365 : form.equals("NOODOPVANG") ? p.emergencyLifeMaxDays() : p.crisisLifeMaxDays();
        LocalDate open = start.minusDays(Rand.between(r, lifeMin / 2, lifeMax));
        while (!open.isAfter(horizon)) {
            LocalDate close = open.plusDays(Rand.between(r, lifeMin, lifeMax));
            // a regular location's closure is only known (planned) when it falls before the horizon
            LocalDate delivered = regular && close.isAfter(horizon) ? null : close;
            Municipality m = form.equals("AANMELDCENTRUM")
                    ? (slot % 2 == 0 ? Municipality.WESTERWOLDE : Municipality.CRANENDONCK)
                    : Rand.pick(r, Municipality.ALL);
            chain.add(add(LocationNames.name(r, form, m, slot), m, form, LocationNames.capacity(r, form), open, delivered));
            if (delivered == null) {
                break;
            }
            open = close;
        }
        return chain;
    }

    private Location add(String name, Municipality m, String form, int capacity, LocalDate open, LocalDate close) {
        Location l = new Location(String.format("L%04d", all.size() + 1), name, m, form, capacity, open, close);
        all.add(l);
        return l;
    }

    /** Every location, in code order. */
    List<Location> all() {
        return Collections.unmodifiableList(all);
    }

    /** Whether some location of the form is open on the day (KSO only exists from its first opening). */
    boolean hasOpen(String form, LocalDate day) {
        for (List<Location> slot : slotsByForm.getOrDefault(form, List.of())) {
            if (activeIn(slot, day) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A random open location of the form on the day, preferring one that satisfies {@code preferred}
     * and does not close within {@link #MIN_DAYS_BEFORE_CLOSE} days (one closing sooner only when the
     * form has nothing else open); null when no location of the form is open that day.
     */
    Location pick(String form, LocalDate day, SplittableRandom r, Predicate<Location> preferred) {
        List<List<Location>> slots = slotsByForm.getOrDefault(form, List.of());
        if (slots.isEmpty()) {
            return null;
        }
        Location fallback = null;
        for (int i = 0; i < PICK_TRIES; i++) {
            Location l = activeIn(slots.get(r.nextInt(slots.size())), day);
            if (l == null || closesSoon(l, day)) {
                continue;
            }
            if (preferred.test(l)) {
                return l;
            }
            if (fallback == null) {
                fallback = l;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        Location closing = null;
        for (List<Location> slot : slots) { // rare: every try hit a closed or closing slot
            Location l = activeIn(slot, day);
            if (l != null && !closesSoon(l, day)) {
                return l;
            }
            closing = closing == null ? l : closing;
        }
        return closing;
    }

    private static boolean closesSoon(Location l, LocalDate day) {
        return l.close() != null && l.close().toEpochDay() - day.toEpochDay() <= MIN_DAYS_BEFORE_CLOSE;
    }

    private static Location activeIn(List<Location> chain, LocalDate day) {
        int lo = 0, hi = chain.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (!chain.get(mid).open().isAfter(day)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && chain.get(found).openOn(day) ? chain.get(found) : null;
    }
}
