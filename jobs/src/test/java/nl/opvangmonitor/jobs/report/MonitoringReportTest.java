package nl.opvangmonitor.jobs.report;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.report.Charts.Point;
import nl.opvangmonitor.jobs.sql.DeltaSnapshot;
import nl.opvangmonitor.jobs.sql.DuckDbEngine;
import nl.opvangmonitor.jobs.sql.SparkEngine;
import nl.opvangmonitor.common.tables.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report on a small hand-built publish lake: figures, drawn charts, suppression shown, nothing external. */
class MonitoringReportTest {
    @TempDir
    static Path dir;
    static String html;

    @BeforeAll
    static void buildReport() throws java.io.IOException {
        System.setProperty("java.awt.headless", "true");
        Lake lake = new Lake(SharedSpark.spark(), dir.resolve("lake").toString(), "test");
        ReportLakes.writeSmallPublishLake(lake);
        try (DuckDbEngine publish = new DuckDbEngine(lake.root(), t -> t.layer() == Layer.PUBLISH,
                DeltaSnapshot.Choice.latest())) {
            html = MonitoringReport.build(new ReportData(publish), 10);
        }
        java.nio.file.Files.writeString(Path.of("target", "monitoring-report-test.html"), html);
        sparkLake = lake;
    }

    static Lake sparkLake;

    /** The report reads through plain SQL, so Spark (the engine on a cluster) makes the same page as DuckDB. */
    @Test
    void sparkMakesTheSamePageAsDuckDb() {
        String bySpark = MonitoringReport.build(new ReportData(new SparkEngine(sparkLake,
                t -> t.layer() == Layer.PUBLISH)), 10);
        // JFreeSVG numbers its clip paths by the clock
        assertEquals(html.replaceAll("_\\d+clip", "_clip"), bySpark.replaceAll("_\\d+clip", "_clip"));
    }

    @Test
    void headlineFiguresAreFormattedAndSuppressedOnesShowTheMarker() {
        assertTrue(html.contains("opvangmonitor report on 2026-01-31"), "as_of");
        assertTrue(html.contains(">19,250<"), "minors in reception with a thousands separator");
        assertTrue(html.contains(">62.0%<"), "participation as a percentage");
        assertTrue(html.contains("<div class=\"value\">x</div><div class=\"label\">youth care interrupted"),
                "a suppressed figure shows the marker");
    }

    @Test
    void everyChartIsAnInlineSvgWithDataDrawn() {
        Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        int charts = 0;
        while (svg.find()) {
            charts++;
            assertTrue(ReportLakes.hasDrawnSeries(svg.group()), "chart " + charts + " has a drawn line");
        }
        assertEquals(7, charts);
    }

    @Test
    void headlessChromiumDrawsThePageWithoutConsoleErrors() throws Exception {
        Path page = Path.of("target", "monitoring-report-test.html").toAbsolutePath();
        HeadlessBrowser.Render render = HeadlessBrowser.screenshot(page, page.resolveSibling("monitoring-report.png"));
        assertEquals(List.of(), HeadlessBrowser.consoleErrors(render.log()), "console errors");
        assertTrue(render.screenshot().getWidth() > 0, "a screenshot was taken");
        // The series colour of the charts (#1f4e79) covers a visible area: the lines were drawn, not just axes.
        assertTrue(HeadlessBrowser.pixelsOfColour(render.screenshot(), 0x1f4e79) > 500,
                "chart lines visible in the screenshot");
    }

    @Test
    void everyChartHasATextAlternativeAndItsNumbers() {
        Matcher alt = Pattern.compile("<svg role=\"img\" aria-label=\"Line chart '[^']+'[^\"]*published values")
                .matcher(html);
        int described = 0;
        while (alt.find()) {
            described++;
        }
        assertEquals(7, described, "a text alternative per chart");
        assertEquals(7, html.split("<details class=\"numbers\">", -1).length - 1, "a data table per chart");
        // The numbers carry the marks: x suppressed (November), * provisional (January's cohort).
        assertTrue(html.contains("<td>2025-11-30</td><td>x</td>"), "suppressed value in the table");
        assertTrue(html.contains("<td>68.0% *</td>"), "provisional value in the table");
    }

    @Test
    void suppressedAndProvisionalPointsAreMarkedAndSharesRunToOneHundred() {
        String longStays = chart("Over 6 months in emergency reception");
        assertTrue(longStays.contains(">x</text>"), "a suppressed month is marked x");
        assertTrue(longStays.contains("1 suppressed (x)"), longStays.substring(0, 300));
        String school = chart("At school in time");
        assertTrue(school.contains(">*</text>"), "the provisional cohort is marked *");
        assertTrue(school.contains(">100</text>"), "a percentage axis runs to 100");
    }

    @Test
    void anEmptyChartSaysWhyAndAnAllZeroOneHasAUnitScale() {
        String empty = Charts.lines("Nothing", "persons", Map.of("a", List.of(new Point(LocalDate.of(2026, 1, 31), null,
                true, false))));
        assertTrue(empty.contains(Charts.NO_DATA), "the empty chart says why");
        String zeros = Charts.lines("Zeros", "persons", Map.of("a", List.of(new Point(LocalDate.of(2026, 1, 31), 0.0),
                new Point(LocalDate.of(2026, 2, 28), 0.0))));
        assertFalse(zeros.contains("E-9"), "no -5E-9 axis");
    }

    @Test
    void headlessChromiumFindsDataMarksAndTextAlternativesInEveryChart() throws Exception {
        String dom = HeadlessBrowser.dom(Path.of("target", "monitoring-report-test.html").toAbsolutePath());
        Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(dom);
        int charts = 0;
        while (svg.find()) {
            charts++;
            assertTrue(ReportLakes.hasDrawnSeries(svg.group()), "chart " + charts + " has data points");
            assertTrue(svg.group().contains("role=\"img\" aria-label=\"Line chart"), "chart " + charts + " alt text");
        }
        assertEquals(7, charts);
        assertTrue(dom.contains(">x</text>") && dom.contains(">*</text>"), "suppressed and provisional marks drawn");
    }

    /** The SVG of the chart with the given title. */
    private static String chart(String title) {
        Matcher svg = Pattern.compile("<svg role=\"img\" aria-label=\"Line chart '" + Pattern.quote(title)
                + "'.*?</svg>", Pattern.DOTALL).matcher(html);
        assertTrue(svg.find(), title);
        return svg.group();
    }

    @Test
    void thePageNeedsNoNetwork() {
        assertFalse(html.contains("<script"), "no script");
        assertFalse(Pattern.compile("(src|href)=\"https?://").matcher(html).find(), "no external resource");
    }

    @Test
    void emergencyShareIsOverTheNationalTotalOrElseTheSumOfTheCategories() {
        List<LocalDate> months = List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31));
        List<Point> share = MonitoringReport.emergencyShare(Map.of(
                "NOODOPVANG", points(months, 30.0, null, 20.0, 20.0, 25.0),
                "CRISISNOODOPVANG", points(months, 0.0, 5.0, 10.0, 5.0, 5.0),
                "REGULIER", points(months, 70.0, 80.0, 60.0, null, null)),
                points(months, 100.0, 85.0, null, null, 100.0));
        // January 30 / 100; February noodopvang hidden; March over the categories, 30 / 90; April neither total;
        // May over the national total although regulier is hidden, 30 / 100.
        assertEquals(List.of(new Point(months.get(0), 30.0), new Point(months.get(1), null, true, false),
                new Point(months.get(2), 100.0 * 30 / 90), new Point(months.get(3), null, true, false),
                new Point(months.get(4), 30.0)), share);
    }

    private static List<Point> points(List<LocalDate> months, Double... values) {
        return IntStream.range(0, values.length).mapToObj(i -> new Point(months.get(i), values[i],
                values[i] == null, false)).toList();
    }

    @Test
    void quarantinedRowsAreSummedPerSource() {
        // coa_bewoning: 3 + 4 quarantined rows over two deliveries.
        assertTrue(html.contains("<div class=\"value\">7</div><div class=\"label\">rows quarantined, coa_bewoning"),
                html.substring(html.indexOf("Data quality")));
    }
}
