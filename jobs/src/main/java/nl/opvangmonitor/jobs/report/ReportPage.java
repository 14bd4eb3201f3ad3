package nl.opvangmonitor.jobs.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The monitoring report as one self-contained HTML page (inline CSS, charts as inline SVG), filled
 * from a Mustache template so the layout can change without touching the figures.
 */
public final class ReportPage {
    private static final String TEMPLATE = "report/report.html.mustache";
    /** What a suppressed figure shows, as in the exports (docs/publish.md). */
    public static final String SUPPRESSED_MARKER = "x";

    private final List<Figure> figures = new ArrayList<>();
    private final List<Chart> charts = new ArrayList<>();
    private final List<Figure> quality = new ArrayList<>();
    private String asOf = "";
    private int threshold;

    /** A labelled headline number, formatted for people. */
    public record Figure(String label, String value) {
    }

    /** A chart with a heading, a one-line explanation, its text alternative and its numbers. */
    public record Chart(String heading, String explanation, String svg, ChartData data) {
    }

    public ReportPage asOf(LocalDate date, int k) {
        this.asOf = date == null ? "no headline yet" : date.toString();
        this.threshold = k;
        return this;
    }

    public ReportPage figure(String label, Object value, boolean percentage) {
        figures.add(new Figure(label, format(value, percentage)));
        return this;
    }

    public ReportPage quality(String label, Object value, boolean percentage) {
        quality.add(new Figure(label, format(value, percentage)));
        return this;
    }

    /** A line chart of the series, with its title, alt text and data table. */
    public ReportPage chart(String heading, String explanation, String title, String unit,
                            Map<String, List<Charts.Point>> series) {
        ChartData data = ChartData.of(title, unit, series);
        String svg = Charts.lines(title, unit, series).replaceFirst("<svg ", "<svg role=\"img\" aria-label=\""
                + data.alt().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\" ");
        charts.add(new Chart(heading, explanation, svg, data));
        return this;
    }

    /** The page as HTML. */
    public String render() {
        Mustache template = new DefaultMustacheFactory().compile(TEMPLATE);
        StringWriter out = new StringWriter();
        template.execute(out, Map.of("asOf", asOf, "k", threshold, "figures", figures, "charts", charts,
                "quality", quality, "marker", SUPPRESSED_MARKER));
        return out.toString();
    }

    /** Thousands separators for counts, one decimal for percentages and means, the marker for null. */
    static String format(Object value, boolean percentage) {
        if (value == null) {
            return SUPPRESSED_MARKER;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (percentage) {
                return String.format(Locale.ROOT, "%.1f%%", d);
            }
            return d == Math.rint(d) ? String.format(Locale.ROOT, "%,d", (long) d)
                    : String.format(Locale.ROOT, "%,.1f", d);
        }
        return value.toString();
    }
}
