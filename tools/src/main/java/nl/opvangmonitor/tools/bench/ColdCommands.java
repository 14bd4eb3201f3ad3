package nl.opvangmonitor.tools.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.tools.ToolsMain;

/**
 * Times what people wait for, each command in a fresh JVM (its start included) on the full run's lake: the
 * pipeline again with nothing new (twice: the first rerun leaves the marker the second compares with, so the
 * second is the no-op a scheduler's next run is), one {@code sql} query, {@code report} and {@code export}.
 */
final class ColdCommands {
    static final String RUN = "cold process";
    static final String RERUN = "pipeline, nothing new, first";
    static final String NO_OP = "pipeline, nothing new (no-op)";
    static final String SQL = "sql, one query";
    static final String REPORT = "report";
    static final String EXPORT = "export (csv, xlsx)";

    private ColdCommands() {
    }

    static List<Measurement> measure(double scale, long persons, Path raw, Path lake, Path work) {
        List<String> pipeline = List.of("pipeline", "--raw", raw.toString(), "--lake", lake.toString(), "--demo");
        List<Measurement> all = new ArrayList<>();
        all.add(time(scale, persons, RERUN, pipeline));
        all.add(time(scale, persons, NO_OP, pipeline));
        all.add(time(scale, persons, SQL, List.of("sql", "--lake", lake.toString(), "--format", "csv",
                "SELECT cohort_month, overdue, pct_in_time FROM publish.school_access WHERE category = 'ALL' AND "
                        + "provincie = 'ALL' AND amv = 'ALL' AND age_band = 'ALL' ORDER BY cohort_month")));
        all.add(time(scale, persons, REPORT, List.of("report", "--lake", lake.toString(), "--out",
                work.resolve("report-" + persons + ".html").toString())));
        all.add(time(scale, persons, EXPORT, List.of("export", "--lake", lake.toString(), "--out",
                work.resolve("exports-" + persons).toString())));
        return all;
    }

    private static Measurement time(double scale, long persons, String stage, List<String> args) {
        double loadBefore = ProcessFigures.loadAverage();
        long started = System.nanoTime();
        ChildJvm.run(ToolsMain.class.getName(), args);
        double wall = (System.nanoTime() - started) / 1e9;
        return new Measurement(scale, persons, RUN, stage, 0, 0, wall, -1, -1, -1, -1, loadBefore,
                ProcessFigures.loadAverage());
    }
}
