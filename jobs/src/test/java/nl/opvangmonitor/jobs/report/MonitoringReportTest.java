package nl.opvangmonitor.jobs.report;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.report.Charts.Point;
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
        html = MonitoringReport.build(new ReportData(lake), 10);
        java.nio.file.Files.writeString(Path.of("target", "monitoring-report-test.html"), html);
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
    void thePageNeedsNoNetwork() {
        assertFalse(html.contains("<script"), "no script");
        assertFalse(Pattern.compile("(src|href)=\"https?://").matcher(html).find(), "no external resource");
    }

    @Test
    void emergencyShareLeavesAGapWhereAPartIsSuppressed() {
        LocalDate jan = LocalDate.of(2026, 1, 31);
        LocalDate feb = LocalDate.of(2026, 2, 28);
        List<Point> share = MonitoringReport.emergencyShare(Map.of(
                "NOODOPVANG", List.of(new Point(jan, 30.0), new Point(feb, null)),
                "REGULIER", List.of(new Point(jan, 70.0), new Point(feb, 80.0))));
        // January: 30 / (30 + 70) = 30%; February: noodopvang suppressed, so no share.
        assertEquals(List.of(new Point(jan, 30.0), new Point(feb, null)), share);
    }

    @Test
    void quarantinedRowsAreSummedPerSource() {
        // coa_bewoning: 3 + 4 quarantined rows over two deliveries.
        assertTrue(html.contains("<div class=\"value\">7</div><div class=\"label\">rows quarantined, coa_bewoning"),
                html.substring(html.indexOf("Data quality")));
    }
}
