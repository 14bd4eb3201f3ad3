package nl.opvangmonitor.jobs.report;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.opvangmonitor.common.contract.Vocabulary;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.jobs.report.Charts.Point;

/**
 * What the monitoring report shows, in which order: the headline figures, the main trends as
 * charts, and the quality and coverage figures, all read from the publish layer.
 */
public final class MonitoringReport {
    /** Headline columns shown as figures, with their labels; true where the value is a percentage. */
    private static final List<Object[]> HEADLINE_FIGURES = List.of(
            new Object[] {"minors_in_reception", "minors in reception", false},
            new Object[] {"in_noodopvang", "of whom in noodopvang (emergency reception)", false},
            new Object[] {"in_crisisnoodopvang", "of whom in crisisnoodopvang", false},
            new Object[] {"amv_minors", "unaccompanied minors (amv)", false},
            new Object[] {"amv_18plus_in_amv_reception", "amv aged 18+ still in amv reception", false},
            new Object[] {"amv_turning_18_next_365d", "amv turning 18 in the next 12 months", false},
            new Object[] {"mean_ongoing_emergency_days", "mean days in emergency reception so far", false},
            new Object[] {"ongoing_emergency_over_183_days", "in emergency reception over 6 months", false},
            new Object[] {"overdue_school", "children past the school-access term without school", false},
            new Object[] {"pct_in_time_last_12m", "at school within the legal term (last 12 months)", true},
            new Object[] {"moves_last_12m", "moves of minors in the last 12 months", false},
            new Object[] {"moves_per_1000_days_last_12m", "moves per 1,000 child-days (last 12 months)", false},
            new Object[] {"care_interrupted_last_12m", "youth care interrupted after a move (last 12 months)", false},
            new Object[] {"pct_locations_participation", "locations organising participation", true});

    private MonitoringReport() {
    }

    /** Builds the page from the publish tables. */
    public static String build(ReportData data, int k) {
        ReportPage page = new ReportPage();
        Map<String, Object> headline = data.latestHeadline().orElse(Map.of());
        page.asOf((LocalDate) headline.get("as_of"), k);
        for (Object[] f : HEADLINE_FIGURES) {
            if (headline.containsKey((String) f[0])) {
                page.figure((String) f[1], headline.get((String) f[0]), (Boolean) f[2]);
            }
        }
        addTrends(page, data);
        page.quality("minors in reception with a bsn (linked to school and care data)",
                headline.get("linked_share"), true);
        data.totalsBy(GoldTables.DATA_QUALITY, "source", "rows", Map.of("item", "rows_quarantined"))
                .forEach((source, rows) -> page.quality("rows quarantined, " + source, rows, false));
        return page.render();
    }

    private static void addTrends(ReportPage page, ReportData data) {
        // Minors on the month-end by category, from relocation_rate_monthly: the same figure as occupancy's minors by
        // category (a linked twin), published more often because occupancy breaks it down by five dimensions.
        Map<String, List<Point>> byCategory = atMonthEnd(data.series(GoldTables.RELOCATION_RATE_MONTHLY,
                "children_at_month_end", "category", Map.of()));
        List<Point> allMinors = atMonthEnd(data.series(GoldTables.RELOCATION_RATE_MONTHLY, "children_at_month_end",
                null, Map.of())).values().stream().flatMap(List::stream).toList();
        page.chart("Children in reception by category",
                "Minors present on each month-end, by reception category.",
                "Children in reception", "children", byCategory);
        page.chart("Share in emergency reception",
                "Minors in noodopvang and crisisnoodopvang as a share of all minors in reception on each month-end.",
                "Share in emergency reception", Charts.PERCENT, Map.of("emergency reception",
                        emergencyShare(byCategory, allMinors)));
        page.chart("School within the legal term",
                "Share of school-age children enrolled within the term (90 days; 60 from 12 June 2026), by month of application.",
                "At school in time", Charts.PERCENT, data.series(GoldTables.SCHOOL_ACCESS, "pct_in_time", null,
                        Map.of()));
        page.chart("School days lost",
                missedSchoolDaysExplanation(data.distinctValues(GoldTables.MISSED_SCHOOL_MONTHLY, "school_days")),
                "Missed school days", "days", merge(
                        data.series(GoldTables.MISSED_SCHOOL_MONTHLY, "missed_days_relocation", null, Map.of()),
                        data.series(GoldTables.MISSED_SCHOOL_MONTHLY, "missed_days_initial", null, Map.of()),
                        data.series(GoldTables.MISSED_SCHOOL_MONTHLY, "missed_days_other", null, Map.of())));
        page.chart("Moves per 1,000 child-days",
                "Relocations of minors out of locations of each category per 1,000 days minors spent there.",
                "Moves per 1,000 child-days", "moves", data.series(GoldTables.RELOCATION_RATE_MONTHLY,
                        "moves_per_1000_days", "category", Map.of()));
        page.chart("Long stays in emergency reception",
                "Minors whose ongoing emergency-reception spell is over 183 days (the 6-month maximum) on each month-end.",
                "Over 6 months in emergency reception", "children", data.series(
                        GoldTables.EMERGENCY_STAY_MONTHLY, "ongoing_over_183_days", null, Map.of()));
        page.chart("Youth care after a move between municipalities",
                "Outcome of each youth-care trajectory active at a move to another municipality, by month of move.",
                "Youth care after a move", "trajectories", merge(
                        data.series(GoldTables.CARE_CONTINUITY_MONTHLY, "continued", null, Map.of()),
                        data.series(GoldTables.CARE_CONTINUITY_MONTHLY, "transferred", null, Map.of()),
                        data.series(GoldTables.CARE_CONTINUITY_MONTHLY, "interrupted", null, Map.of())));
    }

    /** Says in words which days gold.missed_school_monthly counted (its {@code school_days} column). */
    static String missedSchoolDaysExplanation(List<String> calendars) {
        if (calendars.equals(List.of("WEEKDAYS"))) {
            return "Missed school days by cause, per month, counted on every weekday in reception without enrolment, "
                    + "school holidays and public holidays included (the comparison count, --school-days weekdays).";
        }
        return "Missed school days by cause, per month: school days in reception without enrolment, on the school "
                + "calendar of the child's region, so school holidays and public holidays do not count.";
    }

    /**
     * (noodopvang + crisisnoodopvang) / all minors, per date: over the national total where it is published, else over
     * the sum of the categories where each is; suppressed where neither or a part of the numerator is hidden,
     * provisional where a figure it uses is.
     */
    static List<Point> emergencyShare(Map<String, List<Point>> byCategory, List<Point> total) {
        Map<LocalDate, List<Point>> parts = new TreeMap<>();
        Map<LocalDate, List<Point>> emergency = new TreeMap<>();
        byCategory.forEach((category, points) -> points.forEach(p -> {
            parts.computeIfAbsent(p.date(), d -> new ArrayList<>()).add(p);
            if (category.equals(Vocabulary.NOODOPVANG) || category.equals(Vocabulary.CRISISNOODOPVANG)) {
                emergency.computeIfAbsent(p.date(), d -> new ArrayList<>()).add(p);
            }
        }));
        Map<LocalDate, Point> national = new TreeMap<>();
        total.forEach(p -> national.put(p.date(), p));
        return parts.keySet().stream().map(date -> {
            Point all = national.get(date);
            Double denominator = all != null && all.value() != null ? all.value() : sum(parts.get(date));
            Double numerator = sum(emergency.getOrDefault(date, List.of()));
            boolean provisional = parts.get(date).stream().anyMatch(Point::provisional)
                    || all != null && all.provisional();
            boolean hidden = numerator == null || denominator == null;
            return new Point(date, hidden || denominator == 0 ? null : 100.0 * numerator / denominator, hidden,
                    provisional);
        }).toList();
    }

    /** The sum of the points' values, or null when one of them is suppressed. */
    private static Double sum(List<Point> points) {
        return points.stream().anyMatch(p -> p.value() == null) ? null
                : points.stream().mapToDouble(Point::value).sum();
    }

    /** The series with each date moved to the last day of its month (a month's figure on its month-end). */
    private static Map<String, List<Point>> atMonthEnd(Map<String, List<Point>> series) {
        Map<String, List<Point>> out = new TreeMap<>();
        series.forEach((name, points) -> out.put(name, points.stream().map(p -> new Point(
                p.date().with(TemporalAdjusters.lastDayOfMonth()), p.value(), p.suppressed(), p.provisional()))
                .toList()));
        return out;
    }

    @SafeVarargs
    private static Map<String, List<Point>> merge(Map<String, List<Point>>... parts) {
        Map<String, List<Point>> out = new LinkedHashMap<>();
        for (Map<String, List<Point>> part : parts) {
            part.forEach((name, points) -> out.put(name.replace('_', ' '), points));
        }
        out.values().removeIf(Objects::isNull);
        return out;
    }
}
