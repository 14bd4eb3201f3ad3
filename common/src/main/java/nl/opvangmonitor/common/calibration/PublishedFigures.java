package nl.opvangmonitor.common.calibration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The published figures of synthetic-data.md's calibration table, with the days they were counted on, typed
 * once: the generator aims at them (scaled to its size) and {@code calibrate} compares gold with them.
 */
public final class PublishedFigures {
    /** The NGO letter's day: minors in reception, of whom in noodopvang and crisisnoodopvang. */
    public static final LocalDate NGO_DAY = LocalDate.of(2026, 1, 26);
    public static final int MINORS_IN_RECEPTION = 19_000;
    public static final int IN_NOODOPVANG = 7_222;
    public static final int IN_CRISISNOODOPVANG = 726;

    /** The inspectorates' month: children in noodopvang, its locations with children, of whom amv. */
    public static final YearMonth INSPECTORATES_MONTH = YearMonth.of(2025, 4);
    public static final int NOODOPVANG_MINORS = 7_044;
    public static final int NOODOPVANG_LOCATIONS_WITH_MINORS = 186;
    public static final int NOODOPVANG_AMV = 1_918;
    /** About two thirds of the locations are emergency reception. */
    public static final double EMERGENCY_LOCATION_SHARE = 2.0 / 3;
    /** Mean stay of children in noodopvang: 8 months. */
    public static final int MEAN_EMERGENCY_STAY_DAYS = 243;

    /** The minister's day: amv aged 18+ still in amv reception, and amv turning 18 within a year. */
    public static final LocalDate AMV_DAY = LocalDate.of(2026, 4, 29);
    public static final int AMV_18PLUS_IN_AMV_RECEPTION = 1_000;
    public static final int AMV_TURNING_18_WITHIN_A_YEAR = 1_900;

    /** Percentage of locations organising participation (the TSD response). */
    public static final int PARTICIPATION_PERCENT = 62;

    /** The Senate letter's peildatum for the small-scale-location (KSO) pipeline. */
    public static final LocalDate KSO_DAY = LocalDate.of(2026, 6, 17);
    public static final int KSO_LEADS = 27;
    /** The Senate letter's rejections or holds from 2024 to the peildatum, per afwijsreden (50 in all). */
    public static final Map<String, Integer> KSO_REJECTIONS_BY_REASON = rejectionsByReason();

    private PublishedFigures() {
    }

    /** The Senate letter's total of rejections or holds: the sum of its afwijsredenen. */
    public static int ksoRejected() {
        return KSO_REJECTIONS_BY_REASON.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<String, Integer> rejectionsByReason() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("GEEN_BESTUURLIJK_DRAAGVLAK", 18);
        m.put("LOCATIE_NIET_GESCHIKT", 10);
        m.put("ANDERE_LOCATIE_GEKOZEN", 9);
        m.put("AANBIEDER_TERUGGETROKKEN", 5);
        m.put("HUURSOM_TE_HOOG", 3);
        m.put("GEMEENTE_ONTWIKKELT_ZELF", 2);
        m.put("EIGENAAR_TERUGGETROKKEN_BEDREIGING", 1);
        m.put("GEMEENTE_VOLDOET_AL", 1);
        m.put("OPGAVE_NUL_NA_VERDEELBESLUIT", 1);
        return Collections.unmodifiableMap(m);
    }
}
