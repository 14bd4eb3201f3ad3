package nl.opvangmonitor.jobs.report;

import static java.util.Map.entry;

import java.time.LocalDate;
import java.util.Map;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;

/** A small publish lake with two months of every table the report reads, and the chart check. */
final class ReportLakes {
    private ReportLakes() {
    }

    static void writeSmallPublishLake(Lake lake) {
        LocalDate jan = LocalDate.of(2026, 1, 31);
        LocalDate dec = LocalDate.of(2025, 12, 31);
        // care_interrupted_last_12m is absent, i.e. null: suppressed.
        PublishFixture.of(GoldTables.HEADLINE)
                .row(Map.ofEntries(entry("as_of", jan), entry("minors_in_reception", 19250),
                        entry("in_noodopvang", 7222), entry("pct_locations_participation", 62.0),
                        entry("linked_share", 81.5)))
                .writeTo(lake);
        // January's cohort is still in its term: provisional.
        PublishFixture.of(GoldTables.SCHOOL_ACCESS)
                .row(Map.of("cohort_month", dec.withDayOfMonth(1), "pct_in_time", 71.5))
                .row(Map.of("cohort_month", jan.withDayOfMonth(1), "pct_in_time", 68.0, "provisional", true))
                .writeTo(lake);
        PublishFixture.of(GoldTables.MISSED_SCHOOL_MONTHLY)
                .row(Map.of("month", dec.withDayOfMonth(1), "missed_days_relocation", 900, "missed_days_initial", 3000,
                        "missed_days_other", 400))
                .row(Map.of("month", jan.withDayOfMonth(1), "missed_days_relocation", 950, "missed_days_initial", 2900,
                        "missed_days_other", 420))
                .writeTo(lake);
        // Minors on the month-end by category (December's national total suppressed) and moves per 1,000 days.
        PublishFixture.of(GoldTables.RELOCATION_RATE_MONTHLY)
                .row(Map.of("month", dec.withDayOfMonth(1), "category", "REGULIER", "children_at_month_end", 11000))
                .row(Map.of("month", jan.withDayOfMonth(1), "category", "REGULIER", "children_at_month_end", 11300))
                .row(Map.of("month", dec.withDayOfMonth(1), "category", "NOODOPVANG", "children_at_month_end", 7100,
                        "moves_per_1000_days", 3.2))
                .row(Map.of("month", jan.withDayOfMonth(1), "category", "NOODOPVANG", "children_at_month_end", 7222,
                        "moves_per_1000_days", 2.9))
                .row(Map.of("month", dec.withDayOfMonth(1), "suppressed", true,
                        "hidden_columns", java.util.List.of("children_at_month_end")))
                .row(Map.of("month", jan.withDayOfMonth(1), "children_at_month_end", 18522))
                .writeTo(lake);
        // November's figure is suppressed: a marked gap, never a 0.
        PublishFixture.of(GoldTables.EMERGENCY_STAY_MONTHLY)
                .row(Map.of("month_end", LocalDate.of(2025, 11, 30), "suppressed", true,
                        "hidden_columns", java.util.List.of("ongoing_over_183_days")))
                .row(Map.of("month_end", dec, "ongoing_over_183_days", 2100))
                .row(Map.of("month_end", jan, "ongoing_over_183_days", 2300))
                .writeTo(lake);
        PublishFixture.of(GoldTables.CARE_CONTINUITY_MONTHLY)
                .row(Map.of("month", dec.withDayOfMonth(1), "continued", 40, "transferred", 12, "interrupted", 15))
                .row(Map.of("month", jan.withDayOfMonth(1), "continued", 38, "transferred", 11, "interrupted", 17))
                .writeTo(lake);
        PublishFixture.of(GoldTables.DATA_QUALITY)
                .row(Map.of("delivery_date", dec, "source", "coa_bewoning", "item", "rows_quarantined", "rows", 3))
                .row(Map.of("delivery_date", jan, "source", "coa_bewoning", "item", "rows_quarantined", "rows", 4))
                .row(Map.of("delivery_date", jan, "source", "coa_bewoning", "item", "rows_read", "rows", 4000))
                .writeTo(lake);
    }

    /**
     * Whether an SVG chart has data drawn: a series line segment (JFreeSVG writes them as
     * {@code <line>} with the series' 2-pixel stroke; grid and ticks are thinner) or a bar.
     */
    static boolean hasDrawnSeries(String svg) {
        return svg.matches("(?s).*<line [^>]*style=[\"']stroke-width:2\\.0;stroke:rgb\\(.*")
                || svg.matches("(?s).*<rect [^>]*style=[\"']fill:rgb\\(31,78,121\\)[\"'].*");
    }
}
