package nl.opvangmonitor.generator;

import static nl.opvangmonitor.common.calibration.PublishedFigures.KSO_DAY;
import static nl.opvangmonitor.common.calibration.PublishedFigures.KSO_REJECTIONS_BY_REASON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The small-scale reception (KSO) lead pipeline, built to reproduce the Senate letter of 3 July 2026
 * (seed 003): on 17 June 2026 27 leads in the pipeline, one location in use since 5 January 2026,
 * and 50 leads rejected or put on hold since 2024 with the letter's count per reason; plus leads
 * rejected in 2023 and changes after the peildatum, so a reader must filter by date to get the figures.
 */
final class KsoLeads {
    private KsoLeads() {
    }

    /** The day the one location in use opened. */
    static final LocalDate FIRST_IN_USE = LocalDate.of(2026, 1, 5);
    private static final LocalDate COUNT_FROM = LocalDate.of(2024, 1, 1);

    /** In the pipeline on the peildatum: status LEAD, and IN_ONTWIKKELING (three may open this year). */
    static final int PIPELINE_LEAD = 24, PIPELINE_IN_DEVELOPMENT = 3, IN_USE = 1;
    private static final int REJECTED_BEFORE_2024 = 4, NEW_AFTER_PEILDATUM = 2, REJECTED_AFTER_PEILDATUM = 1;
    /** Status changes of one lead lie at least this far apart, so one delivery never holds two of them. */
    private static final int MIN_GAP = 35;
    private static final double ON_HOLD_SHARE = 0.2;

    /** One status of a lead, set on a day; reason only for AFGEWEZEN and ON_HOLD. */
    record Status(LocalDate date, String status, String reason) {
    }

    /** A lead with its status history, oldest first. */
    record Lead(String id, Municipality municipality, int capacity, List<Status> history) {
    }

    static List<Lead> generate(long seed, int multiplier) {
        SplittableRandom r = Rand.stream(seed, Rand.LEADS, 0);
        List<List<Status>> histories = new ArrayList<>();
        for (int copy = 0; copy < multiplier; copy++) {
            for (Map.Entry<String, Integer> e : KSO_REJECTIONS_BY_REASON.entrySet()) {
                for (int i = 0; i < e.getValue(); i++) {
                    histories.add(rejected(r, e.getKey(), d(2023, 9, 1), d(2026, 3, 31), COUNT_FROM, KSO_DAY));
                }
            }
            for (int i = 0; i < REJECTED_BEFORE_2024; i++) {
                histories.add(rejected(r, Rand.pick(r, List.copyOf(KSO_REJECTIONS_BY_REASON.keySet())),
                        d(2022, 9, 1), d(2023, 6, 30), d(2022, 9, 1), d(2023, 12, 31)));
            }
            for (int i = 0; i < PIPELINE_LEAD; i++) {
                List<Status> h = new ArrayList<>(List.of(new Status(Rand.day(r, d(2024, 3, 1), d(2026, 5, 13)), "LEAD", null)));
                if (i < REJECTED_AFTER_PEILDATUM) {
                    h.add(new Status(d(2026, 6, 25), "AFGEWEZEN", "LOCATIE_NIET_GESCHIKT"));
                }
                histories.add(h);
            }
            for (int i = 0; i < PIPELINE_IN_DEVELOPMENT; i++) {
                LocalDate created = Rand.day(r, d(2024, 3, 1), d(2025, 12, 31));
                histories.add(List.of(new Status(created, "LEAD", null),
                        new Status(Rand.day(r, created.plusDays(MIN_GAP), KSO_DAY), "IN_ONTWIKKELING", null)));
            }
            for (int i = 0; i < IN_USE; i++) {
                LocalDate created = Rand.day(r, d(2024, 4, 1), d(2024, 9, 30));
                histories.add(List.of(new Status(created, "LEAD", null),
                        new Status(Rand.day(r, d(2025, 1, 1), d(2025, 6, 30)), "IN_ONTWIKKELING", null),
                        new Status(FIRST_IN_USE.plusDays(7L * copy), "IN_GEBRUIK", null)));
            }
            for (int i = 0; i < NEW_AFTER_PEILDATUM; i++) {
                histories.add(List.of(new Status(Rand.day(r, KSO_DAY.plusDays(1), d(2026, 6, 30)), "LEAD", null)));
            }
        }
        histories.sort(Comparator.comparing((List<Status> h) -> h.get(0).date()));
        List<Lead> leads = new ArrayList<>();
        for (List<Status> h : histories) {
            leads.add(new Lead(String.format("KSO-%04d", leads.size() + 1), Rand.pick(r, Municipality.ALL),
                    Rand.between(r, 8, 30) * 5, List.copyOf(h)));
        }
        return leads;
    }

    /** A lead created between two days and rejected (or put on hold) between two days, sometimes after development. */
    private static List<Status> rejected(SplittableRandom r, String reason, LocalDate createdFrom, LocalDate createdTo,
            LocalDate rejectedFrom, LocalDate rejectedTo) {
        LocalDate created = Rand.day(r, createdFrom, createdTo);
        LocalDate rejected = Rand.day(r, max(created.plusDays(MIN_GAP), rejectedFrom), rejectedTo);
        String status = Rand.chance(r, ON_HOLD_SHARE) ? "ON_HOLD" : "AFGEWEZEN";
        List<Status> h = new ArrayList<>(List.of(new Status(created, "LEAD", null)));
        if (rejected.toEpochDay() - created.toEpochDay() >= 2 * MIN_GAP && Rand.chance(r, 0.3)) {
            h.add(new Status(Rand.day(r, created.plusDays(MIN_GAP), rejected.minusDays(MIN_GAP)), "IN_ONTWIKKELING", null));
        }
        h.add(new Status(rejected, status, reason));
        return h;
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
