package nl.opvangmonitor.jobs.metrics.calibrate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The calibration table as text: published figure and gold side by side, the difference, and where each came from. */
public final class CalibrationReport {
    private static final String ROW = "%-52s %22s %10s %8s  %-11s %-26s %s%n";

    private CalibrationReport() {
    }

    public static String render(List<Calibration.Result> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, ROW, "figure", "published", "gold", "diff", "status", "source",
                "read from"));
        for (Calibration.Result r : results) {
            CalibrationTarget t = r.target();
            boolean has = r.gold().available();
            out.append(String.format(Locale.ROOT, ROW, t.figure(), t.publishedText(),
                    has ? t.unit().format(r.gold().value()) : "-",
                    has ? String.format(Locale.ROOT, "%+.1f%%", r.diffPercent()) : "-",
                    r.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), t.source(),
                    r.gold().readFrom()));
        }
        Map<Calibration.Status, Long> counts = results.stream()
                .collect(Collectors.groupingBy(Calibration.Result::status, Collectors.counting()));
        Function<Calibration.Status, Long> n = s -> counts.getOrDefault(s, 0L);
        out.append(String.format(Locale.ROOT,
                "calibration: %d of %d figures within %.0f%% (or 1), %d off, %d unavailable%n",
                n.apply(Calibration.Status.OK), results.size(), Calibration.TOLERANCE * 100,
                n.apply(Calibration.Status.MISS), n.apply(Calibration.Status.UNAVAILABLE)));
        return out.toString();
    }
}
