package nl.opvangmonitor.jobs.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts of the report as inline SVG strings (JFreeChart drawn on JFreeSVG), so the page needs
 * no script and no network. Missing (suppressed) values leave a gap in a line.
 */
public final class Charts {
    static final int WIDTH = 760;
    static final int HEIGHT = 320;
    private static final Color[] PALETTE = {new Color(0x1f4e79), new Color(0xc55a11), new Color(0x548235),
        new Color(0x7030a0), new Color(0xbf9000), new Color(0x2e75b6)};

    private Charts() {
    }

    /** A point of a time series; a null value is a suppressed or missing cell. */
    public record Point(LocalDate date, Double value) {
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
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, yLabel, data, series.size() > 1,
                false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
        }
        plot.setRenderer(renderer);
        ((DateAxis) plot.getDomainAxis()).setDateFormatOverride(new java.text.SimpleDateFormat("MMM yyyy"));
        // Honest scales: a value axis that starts at zero does not blow small changes up.
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        return svg(style(chart));
    }

    /** A horizontal bar chart of named values. */
    public static String bars(String title, String valueLabel, Map<String, Double> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((name, value) -> data.addValue(value, valueLabel, name));
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueLabel, data, PlotOrientation.HORIZONTAL,
                false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, PALETTE[0]);
        return svg(style(chart));
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
