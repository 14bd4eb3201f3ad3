package nl.opvangmonitor.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.opvangmonitor.jobs.report.Charts.Point;

/**
 * A chart's numbers for people who cannot see it: a text alternative that says what is drawn and
 * what is missing, and the values as a small table (date by series) with the report's marks:
 * {@code x} suppressed, empty no value, {@code *} provisional.
 */
record ChartData(String alt, List<String> header, List<List<String>> rows) {

    static ChartData of(String title, String unit, Map<String, List<Point>> series) {
        List<Point> all = series.values().stream().flatMap(List::stream).toList();
        TreeSet<java.time.LocalDate> dates = new TreeSet<>();
        all.forEach(p -> dates.add(p.date()));
        long published = all.stream().filter(p -> p.value() != null).count();
        long suppressed = all.stream().filter(Point::suppressed).count();
        long provisional = all.stream().filter(p -> p.provisional() && p.value() != null).count();
        String alt = published == 0 ? "Line chart '" + title + "': " + Charts.NO_DATA + "."
                : "Line chart '" + title + "' (" + unit + ") of " + String.join(", ", series.keySet()) + " from "
                + dates.first() + " to " + dates.last() + ": " + published + " published values, " + suppressed
                + " suppressed (x), " + provisional + " provisional (*). The values are in the table below.";
        List<String> header = new ArrayList<>(List.of("date"));
        header.addAll(series.keySet());
        List<List<String>> rows = new ArrayList<>();
        for (java.time.LocalDate date : dates) {
            List<String> row = new ArrayList<>(List.of(date.toString()));
            for (List<Point> points : series.values()) {
                row.add(points.stream().filter(p -> p.date().equals(date)).findFirst()
                        .map(p -> text(p, Charts.PERCENT.equals(unit))).orElse(""));
            }
            rows.add(row);
        }
        return new ChartData(alt, header, rows);
    }

    private static String text(Point p, boolean percentage) {
        if (p.suppressed()) {
            return ReportPage.SUPPRESSED_MARKER;
        }
        if (p.value() == null) {
            return "";
        }
        return ReportPage.format(p.value(), percentage) + (p.provisional() ? " *" : "");
    }
}
