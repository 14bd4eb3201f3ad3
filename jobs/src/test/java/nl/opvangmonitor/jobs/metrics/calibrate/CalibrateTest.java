package nl.opvangmonitor.jobs.metrics.calibrate;

import static nl.opvangmonitor.common.testing.Frames.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.Frames;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import nl.opvangmonitor.jobs.testing.GoldRows;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration on a hand-built gold lake: exact headline days, the month-end fallback, a snapshot
 * table read at the letter's day, weighted mean stays, misses and figures gold cannot give.
 */
class CalibrateTest {
    @TempDir
    static Path dir;
    private static Lake lake;

    /** A gold row: the given cells, ALL for other dimensions, 0 for other counts, null for other statistics. */
    private static Row gold(TableDef table, Object... cells) {
        return GoldRows.of(table, cells);
    }

    private static void write(TableDef table, Row... rows) {
        lake.overwrite(table, Frames.frame(table.schema(), rows));
    }

    @BeforeAll
    static void goldLake() {
        lake = new Lake(SharedSpark.spark(), dir.toString(), "test");
        TableDef h = GoldTables.HEADLINE;
        write(h,
                gold(h, "as_of", d("2026-01-26"), "minors_in_reception", 19_500, "in_noodopvang", 6_000,
                        "in_crisisnoodopvang", 730),
                gold(h, "as_of", d("2026-06-17"), "pct_locations_participation", 60.0));
        TableDef o = GoldTables.OCCUPANCY_MONTHLY;
        write(o,
                gold(o, "month_end", d("2025-04-30"), "category", "NOODOPVANG", "age_band", "0-3", "persons", 1_000),
                gold(o, "month_end", d("2025-04-30"), "category", "NOODOPVANG", "age_band", "4-11", "persons", 3_000),
                gold(o, "month_end", d("2025-04-30"), "category", "NOODOPVANG", "age_band", "12-17", "persons", 3_000),
                gold(o, "month_end", d("2025-04-30"), "category", "NOODOPVANG", "age_band", "ALL", "persons", 7_300),
                gold(o, "month_end", d("2025-04-30"), "category", "NOODOPVANG", "amv", "J", "age_band", "4-11",
                        "persons", 50),
                gold(o, "month_end", d("2025-04-30"), "category", "NOODOPVANG", "amv", "J", "age_band", "12-17",
                        "persons", 1_900),
                gold(o, "month_end", d("2026-04-30"), "opvangvorm", "AMV", "age_band", "18+", "persons", 1_050));
        TableDef e = GoldTables.EMERGENCY_STAY_MONTHLY;
        write(e,
                gold(e, "month_end", d("2025-03-31"), "category", "NOODOPVANG", "ended_spells", 10,
                        "mean_ended_days", 200.0),
                gold(e, "month_end", d("2025-08-31"), "category", "NOODOPVANG", "ended_spells", 30,
                        "mean_ended_days", 260.0),
                gold(e, "month_end", d("2024-12-31"), "category", "NOODOPVANG", "ended_spells", 50,
                        "mean_ended_days", 10.0),
                gold(e, "month_end", d("2025-08-31"), "category", "NOODOPVANG", "provincie", "Zeeland",
                        "ended_spells", 5, "mean_ended_days", 900.0));
        TableDef l = GoldTables.LOCATION_COMPLIANCE;
        write(l,
                gold(l, "as_of", d("2026-06-17"), "locations", 30),
                gold(l, "as_of", d("2026-06-17"), "category", "NOODOPVANG", "locations", 16),
                gold(l, "as_of", d("2026-06-17"), "category", "CRISISNOODOPVANG", "locations", 3),
                gold(l, "as_of", d("2026-06-17"), "category", "REGULIER", "locations", 11),
                gold(l, "as_of", d("2025-05-31"), "locations", 25, "locations_with_minors", 24),
                gold(l, "as_of", d("2025-05-31"), "category", "NOODOPVANG", "locations", 15,
                        "locations_with_minors", 180));
        TableDef k = GoldTables.KSO_PIPELINE;
        List<Row> kso = new ArrayList<>(List.of(
                gold(k, "as_of", d("2026-06-17"), "leads", 120, "rejected_since_2024", 50),
                gold(k, "as_of", d("2026-06-17"), "status", "LEAD", "leads", 20),
                gold(k, "as_of", d("2026-06-17"), "status", "IN_ONTWIKKELING", "leads", 6),
                gold(k, "as_of", d("2026-06-17"), "status", "IN_GEBRUIK", "leads", 44)));
        Map<String, Integer> byReason = Map.of("GEEN_BESTUURLIJK_DRAAGVLAK", 18, "LOCATIE_NIET_GESCHIKT", 10,
                "ANDERE_LOCATIE_GEKOZEN", 9, "AANBIEDER_TERUGGETROKKEN", 5, "HUURSOM_TE_HOOG", 3,
                "GEMEENTE_ONTWIKKELT_ZELF", 4, "GEMEENTE_VOLDOET_AL", 1, "EIGENAAR_TERUGGETROKKEN_BEDREIGING", 2);
        byReason.forEach((reason, n) -> kso.add(gold(k, "as_of", d("2026-06-17"), "afwijsreden", reason,
                "leads", n, "rejected_since_2024", n)));
        write(k, kso.toArray(Row[]::new));
    }

    @Test
    void eachPublishedFigureBesideGoldWithItsDifference() {
        List<Calibration.Result> results = Calibration.compare(CalibrationTargets.all(null), new GoldFigures(lake));
        List<String> lines = results.stream().map(r -> String.join(" | ", r.target().figure().strip(),
                !r.gold().available() ? "-" : r.target().unit().format(r.gold().value()),
                r.diffPercent() == null ? "-" : String.format(Locale.ROOT, "%+.1f", r.diffPercent()),
                r.status().name())).toList();
        assertEquals(List.of(
                        // headline row of 2026-01-26: (19,500 - 19,000) / 19,000 = +2.6%
                        "minors in reception, 26 Jan 2026 | 19,500 | +2.6 | OK",
                        // 6,000 / 7,222 - 1 = -16.9%: beyond 10%
                        "of whom in noodopvang | 6,000 | -16.9 | MISS",
                        "of whom in crisisnoodopvang | 730 | +0.6 | OK",
                        // minors' bands at 2025-04-30: 1,000 + 3,000 + 3,000 (not the ALL band, which holds
                        // 18+ amv): 7,000 / 7,044 - 1 = -0.6%
                        "children in noodopvang, April 2025 | 7,000 | -0.6 | OK",
                        // location_compliance of as_of 2025-05-31 (the spring inventory closed): 180 / 186 - 1 = -3.2%
                        "noodopvang locations with children | 180 | -3.2 | OK",
                        // amv J: 50 + 1,900 = 1,950: +1.7%
                        "of whom amv | 1,950 | +1.7 | OK",
                        // (16 + 3) / 30 = 63.3% against 66.7%: -5.0%
                        "share of locations that are emergency reception | 63.3% | -5.0 | OK",
                        // 2025, provincie ALL: (10 * 200 + 30 * 260) / 40 = 245.0 days: +0.8%
                        "mean stay of children in noodopvang, 2025 | 245.0 | +0.8 | OK",
                        // no headline row of 2026-04-29: the 18+ row at month-end 2026-04-30, +5.0%
                        "amv aged 18+ in COA amv reception, 29 Apr 2026 | 1,050 | +5.0 | OK",
                        "amv turning 18 within a year of that date | - | - | UNAVAILABLE",
                        // the latest headline row (2026-06-17): 60 / 62 - 1 = -3.2%
                        "locations organising participation | 60.0% | -3.2 | OK",
                        // LEAD 20 + IN_ONTWIKKELING 6 = 26: -3.7%
                        "KSO leads, 17 Jun 2026 | 26 | -3.7 | OK",
                        "KSO leads rejected or on hold, 2024 - 17 Jun 2026 | 50 | +0.0 | OK",
                        "GEEN_BESTUURLIJK_DRAAGVLAK | 18 | +0.0 | OK",
                        "LOCATIE_NIET_GESCHIKT | 10 | +0.0 | OK",
                        "ANDERE_LOCATIE_GEKOZEN | 9 | +0.0 | OK",
                        "AANBIEDER_TERUGGETROKKEN | 5 | +0.0 | OK",
                        "HUURSOM_TE_HOOG | 3 | +0.0 | OK",
                        // 4 against 2: off by 2, more than max(10% of 2, 1)
                        "GEMEENTE_ONTWIKKELT_ZELF | 4 | +100.0 | MISS",
                        // 2 against 1: off by 1 lead, within the one-unit tolerance of small counts
                        "EIGENAAR_TERUGGETROKKEN_BEDREIGING | 2 | +100.0 | OK",
                        "GEMEENTE_VOLDOET_AL | 1 | +0.0 | OK",
                        // no row for this reason on 2026-06-17: 0 leads, off by 1
                        "OPGAVE_NUL_NA_VERDEELBESLUIT | 0 | -100.0 | OK"),
                lines);
        String report = CalibrationReport.render(results);
        assertTrue(report.contains("gold.occupancy_monthly month_end in 2026-04, opvangvorm AMV, age_band 18+"),
                report);
        assertTrue(report.contains("calibration: 19 of 22 figures within 10% (or 1), 2 off, 1 unavailable"), report);
    }

    @Test
    void aSnapshotTableThatHoldsAnotherDaySaysSo() {
        GoldValue leads = new GoldFigures(lake).ksoLeads(d("2026-06-30"), List.of("LEAD"));
        assertEquals(20.0, leads.value());
        assertEquals("gold.kso_pipeline as_of 2026-06-17 (holds no 2026-06-30), leads with status LEAD",
                leads.readFrom());
    }

    @Test
    void exitsZeroAsAReportAndSixUnderStrictWithAMiss() {
        assertEquals(ExitCodes.OK, CliRun.of("calibrate", "--lake", dir.toString()).exitCode());
        assertEquals(ExitCodes.CALIBRATION_MISS,
                CliRun.of("calibrate", "--lake", dir.toString(), "--strict").exitCode());
        assertEquals(ExitCodes.FAILURE, CliRun.of("calibrate", "--lake", dir.resolve("empty").toString()).exitCode());
    }
}
