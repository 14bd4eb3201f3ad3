package nl.opvangmonitor.jobs.metrics.calibrate;

import static nl.opvangmonitor.common.calibration.PublishedFigures.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.opvangmonitor.common.contract.Vocabulary;
import nl.opvangmonitor.common.tables.GoldTables;

/**
 * The calibration table of synthetic-data.md and how each figure is read from gold. Day-dated
 * figures use the headline row of that day (written by {@code metrics --as-of DAY}); without it,
 * counts fall back to gold.occupancy_monthly at the month-end of that month. Snapshot tables
 * (kso_pipeline, location_compliance) hold the last run's as_of: they are read at the figure's day
 * when they hold it, else at their own as_of, said so in the output (docs/metrics-care-locations.md).
 */
public final class CalibrationTargets {
    static final String NGO_LETTER = "001_1ee8322ee64a8031.txt";
    static final String INSPECTORATES_LETTER = "002_7120ca85166a54dd.txt";
    static final String MINISTER_LETTER = "000_71d6eddcd6aad613.txt";
    static final String SENATE_LETTER = "003_6a3103880194d8dc.txt";
    static final String TSD_RESPONSE = "004_1fa0b57ccf01e4fd.txt";

    /**
     * The close of COA's spring-2025 inventory round: the first as_of at which gold.location_compliance
     * covers every location open that spring, so the letter's spring-2025 count of noodopvang locations
     * with children is read there (a month after the April stock).
     */
    static final LocalDate FIRST_INVENTORY_CLOSED = LocalDate.of(2025, 5, 31);
    static final int MEAN_STAY_YEAR = 2025;
    /** Statuses of a lead still in the pipeline: neither in use nor rejected or on hold. */
    static final List<String> OPEN_LEAD_STATUSES = List.of("LEAD", "IN_ONTWIKKELING");

    private CalibrationTargets() {
    }

    /**
     * Every figure of the table; {@code snapshotAsOf} is the as_of at which undated figures are
     * read from the snapshot tables and the headline (null: the latest there).
     */
    public static List<CalibrationTarget> all(LocalDate snapshotAsOf) {
        List<CalibrationTarget> targets = new ArrayList<>(List.of(
                count("minors in reception, 26 Jan 2026", "a little over 19,000", MINORS_IN_RECEPTION, NGO_LETTER,
                        g -> g.headline("minors_in_reception", NGO_DAY).or(() -> g.occupancyMinors(
                                YearMonth.from(NGO_DAY), GoldTables.ALL, GoldTables.ALL, GoldTables.ALL))),
                count("  of whom in noodopvang", "7,222", IN_NOODOPVANG, NGO_LETTER,
                        g -> g.headline("in_noodopvang", NGO_DAY).or(() -> g.occupancyMinors(
                                YearMonth.from(NGO_DAY), Vocabulary.NOODOPVANG, GoldTables.ALL, GoldTables.ALL))),
                count("  of whom in crisisnoodopvang", "726", IN_CRISISNOODOPVANG, NGO_LETTER,
                        g -> g.headline("in_crisisnoodopvang", NGO_DAY).or(() -> g.occupancyMinors(
                                YearMonth.from(NGO_DAY), Vocabulary.CRISISNOODOPVANG, GoldTables.ALL, GoldTables.ALL))),
                count("children in noodopvang, April 2025", "7,044", NOODOPVANG_MINORS, INSPECTORATES_LETTER,
                        g -> g.occupancyMinors(INSPECTORATES_MONTH, Vocabulary.NOODOPVANG, GoldTables.ALL,
                                GoldTables.ALL)),
                count("  noodopvang locations with children", "186", NOODOPVANG_LOCATIONS_WITH_MINORS, INSPECTORATES_LETTER,
                        g -> g.locationsWithMinors(FIRST_INVENTORY_CLOSED, Vocabulary.NOODOPVANG)),
                count("  of whom amv", "1,918", NOODOPVANG_AMV, INSPECTORATES_LETTER,
                        g -> g.occupancyMinors(INSPECTORATES_MONTH, Vocabulary.NOODOPVANG, GoldTables.ALL, "J")),
                new CalibrationTarget("share of locations that are emergency reception", "about two thirds",
                        100 * EMERGENCY_LOCATION_SHARE, Unit.PERCENT, INSPECTORATES_LETTER + ", " + MINISTER_LETTER,
                        g -> g.emergencyLocationShare(snapshotAsOf)),
                new CalibrationTarget("mean stay of children in noodopvang, 2025", "8 months (~243 days)", MEAN_EMERGENCY_STAY_DAYS,
                        Unit.DAYS, INSPECTORATES_LETTER,
                        g -> g.meanEndedEmergencyDays(MEAN_STAY_YEAR, Vocabulary.NOODOPVANG)),
                count("amv aged 18+ in COA amv reception, 29 Apr 2026", "almost 1,000", AMV_18PLUS_IN_AMV_RECEPTION, MINISTER_LETTER,
                        g -> g.headline("amv_18plus_in_amv_reception", AMV_DAY)
                                .or(() -> g.occupancyAmvAdultsInAmvReception(YearMonth.from(AMV_DAY)))),
                count("amv turning 18 within a year of that date", "1,900", AMV_TURNING_18_WITHIN_A_YEAR, MINISTER_LETTER,
                        g -> g.headline("amv_turning_18_next_365d", AMV_DAY)),
                new CalibrationTarget("locations organising participation", "62%", PARTICIPATION_PERCENT, Unit.PERCENT, TSD_RESPONSE,
                        g -> g.headlineAt("pct_locations_participation", snapshotAsOf)),
                count("KSO leads, 17 Jun 2026", "27", KSO_LEADS, SENATE_LETTER,
                        g -> g.ksoLeads(KSO_DAY, OPEN_LEAD_STATUSES)),
                count("KSO leads rejected or on hold, 2024 - 17 Jun 2026", "50", ksoRejected(), SENATE_LETTER,
                        g -> g.ksoRejected(KSO_DAY, GoldTables.ALL))));
        KSO_REJECTIONS_BY_REASON.forEach((reason, n) -> targets.add(count("  " + reason, String.valueOf(n), n,
                SENATE_LETTER, g -> g.ksoRejected(KSO_DAY, reason))));
        return targets;
    }

    private static CalibrationTarget count(String figure, String text, double published, String source,
                                           Function<GoldFigures, GoldValue> reading) {
        return new CalibrationTarget(figure, text, published, Unit.COUNT, source, reading);
    }
}
