package nl.opvangmonitor.jobs.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts of the report as inline SVG strings (JFreeChart drawn on JFreeSVG), so the page needs
 * no script and no network. A suppressed value leaves a gap in its line and a grey "x" band at its
 * date (never a 0); a provisional point is hollow with a "*" (CBS's mark); every point has a marker,
 * so an isolated published value between suppressed ones is visible; a percentage axis runs 0-100;
 * a chart without any published value says why.
 */
public final class Charts {
    static final int WIDTH = 760;
    static final int HEIGHT = 320;
    private static final Color[] PALETTE = {new Color(0x1f4e79), new Color(0xc55a11), new Color(0x548235),
        new Color(0x7030a0), new Color(0xbf9000), new Color(0x2e75b6)};

    private Charts() {
    }

    /** Unit label that makes an axis a percentage axis (0-100). */
    public static final String PERCENT = "%";
    /** What an empty chart says. */
    public static final String NO_DATA = "No published value: every cell is suppressed (x) or there are no rows yet";

    /**
     * A point of a time series; a null value is a cell without a value, {@code suppressed} when it is
     * hidden by disclosure control; {@code provisional} when later deliveries can still change it.
     */
    public record Point(LocalDate date, Double value, boolean suppressed, boolean provisional) {
        /** A final, published point (or a gap without a value when {@code value} is null). */
        public Point(LocalDate date, Double value) {
            this(date, value, false, false);
        }
    }

    /** A line chart of named time series. */
    public static String lines(String title, String yLabel, Map<String, List<Point>> series) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        series.forEach((name, points) -> {
            TimeSeries ts = new TimeSeries(name);
            for (Point p : points) {
                ts.addOrUpdate(new Day(p.date().getDayOfMonth(), p.date().getMonthValue(), p.date().getYear()),
                        p.value());
            }
            data.addSeries(ts);
        });
        boolean empty = series.values().stream().flatMap(List::stream).allMatch(p -> p.value() == null);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, yLabel,
                empty ? new TimeSeriesCollection() : data, series.size() > 1, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setNoDataMessage(NO_DATA);
        List<List<Point>> ordered = new java.util.ArrayList<>(series.values());
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true) {
            @Override
            public boolean getItemShapeFilled(int s, int item) {
                return !pointAt(ordered.get(s), data.getSeries(s), item).provisional();
            }
        };
        renderer.setUseFillPaint(false);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        plot.setRenderer(renderer);
        marks(plot, series);
        ((DateAxis) plot.getDomainAxis()).setDateFormatOverride(new java.text.SimpleDateFormat("MMM yyyy"));
        // Honest scales: a value axis that starts at zero does not blow small changes up; an all-zero
        // series gets a unit range rather than +-5E-9; a share runs over its whole range.
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeIncludesZero(true);
        range.setAutoRangeMinimumSize(1.0);
        if (PERCENT.equals(yLabel)) {
            range.setRange(0, 100);
        }
        return svg(style(chart));
    }

    /** A grey "x" band at each date where some series is suppressed, a "*" over each provisional point. */
    private static void marks(XYPlot plot, Map<String, List<Point>> series) {
        java.util.Set<LocalDate> suppressed = new java.util.TreeSet<>();
        series.values().forEach(points -> points.stream().filter(Point::suppressed).map(Point::date)
                .forEach(suppressed::add));
        for (LocalDate date : suppressed) {
            ValueMarker band = new ValueMarker(millis(date), new Color(0xbbbbbb), new BasicStroke(6f));
            band.setAlpha(0.5f);
            band.setLabel("x");
            band.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
            band.setLabelAnchor(RectangleAnchor.BOTTOM);
            band.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addDomainMarker(band);
        }
        series.values().forEach(points -> points.stream().filter(p -> p.provisional() && p.value() != null)
                .forEach(p -> {
                    XYTextAnnotation star = new XYTextAnnotation("*", millis(p.date()), p.value());
                    star.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
                    star.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                    plot.addAnnotation(star);
                }));
    }

    private static Point pointAt(List<Point> points, TimeSeries drawn, int item) {
        Day day = (Day) drawn.getTimePeriod(item);
        LocalDate date = LocalDate.of(day.getYear(), day.getMonth(), day.getDayOfMonth());
        return points.stream().filter(p -> p.date().equals(date)).findFirst().orElseThrow();
    }

    private static double millis(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear()).getMiddleMillisecond();
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.getPlot().setBackgroundPaint(new Color(0xf7f7f7));
        return chart;
    }

    private static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new java.awt.Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement();
    }
}
