package nl.opvangmonitor.tools.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bench's report: the machine, every measurement (Markdown table and CSV), the DuckDB cross-check, and
 * the targets with where the pipeline stands against each (judged on wall time, CPU time beside it).
 */
final class BenchReport {
    static final String FULL = "full";
    static final String BASE = "base: all but the last month";
    static final String INCREMENTAL = "incremental: the last month";
    static final String PEER = "peer: DuckDB (2 gold tables)";
    static final String CSV_HEADER = "scale,persons,run,stage,rows_in,rows_out,wall_s,cpu_s,rows_per_s,"
            + "heap_peak_mb,rss_peak_mb,spark_jobs,load_before,load_after";
    private static final String[] STEPS = {"ingest", "conform", "metrics", "publish"};

    private final String machine;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<ScaleCheck> checks = new ArrayList<>();

    /** The cross-check of one scale. */
    record ScaleCheck(double scale, List<CrossCheck.Result> results) {
    }

    BenchReport(String machine) {
        this.machine = machine;
    }

    void add(List<Measurement> more) {
        measurements.addAll(more);
    }

    void add(ScaleCheck check) {
        checks.add(check);
    }

    /** Whether DuckDB and Spark agreed on every table at every scale. */
    boolean agrees() {
        return checks.stream().flatMap(c -> c.results().stream()).allMatch(CrossCheck.Result::agrees);
    }

    /** Every measurement as CSV, one line each after the header. */
    String csv() {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (Measurement m : measurements) {
            out.append(String.join(",", scale(m.scale()), String.valueOf(m.persons()), csvText(m.run()),
                    csvText(m.stage()), String.valueOf(m.rowsIn()), String.valueOf(m.rowsOut()), fixed(m.wallSeconds(), 3),
                    fixed(m.cpuSeconds(), 3), fixed(m.rowsPerSecond(), 0), megabytes(m.heapPeakBytes()),
                    megabytes(m.rssPeakBytes()), known(m.sparkJobs()), fixed(m.loadBefore(), 2),
                    fixed(m.loadAfter(), 2))).append('\n');
        }
        return out.toString();
    }

    /** The report in Markdown: machine, measurements, cross-check, targets. */
    String markdown(double loadBefore, double loadAfter) {
        StringBuilder out = new StringBuilder("# opvangmonitor bench\n\n");
        out.append("Machine: ").append(machine).append(String.format(Locale.ROOT,
                "; load average %.2f before the bench, %.2f after.%n%n", loadBefore, loadAfter));
        out.append("| scale | persons | run | stage | rows in | rows out | wall s | CPU s | rows/s | heap peak MB "
                + "| RSS peak MB | Spark jobs | load before | load after |\n"
                + "|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measurement m : measurements) {
            out.append(row(scale(m.scale()), String.valueOf(m.persons()), m.run(), m.stage(), count(m.rowsIn()),
                    count(m.rowsOut()), fixed(m.wallSeconds(), 1), fixed(m.cpuSeconds(), 1),
                    count(Math.round(m.rowsPerSecond())), megabytes(m.heapPeakBytes()), megabytes(m.rssPeakBytes()),
                    known(m.sparkJobs()), fixed(m.loadBefore(), 2), fixed(m.loadAfter(), 2)));
        }
        out.append("\n## Cross-check: DuckDB against the Spark gold tables\n\n")
                .append("| scale | table | Spark rows | DuckDB rows | differences |\n|---|---|---:|---:|---:|\n");
        for (ScaleCheck c : checks) {
            for (CrossCheck.Result r : c.results()) {
                out.append(row(scale(c.scale()), r.table(), count(r.sparkRows()), count(r.peerRows()),
                        count(r.differences())));
            }
        }
        checks.stream().flatMap(c -> c.results().stream()).flatMap(r -> r.examples().stream())
                .forEach(e -> out.append("\n- ").append(e));
        out.append("\n## Against the targets\n\n| scale | figure | wall | CPU | target | where we stand |\n"
                + "|---|---|---:|---:|---|---|\n");
        targets(out);
        return out.toString();
    }

    private void targets(StringBuilder out) {
        List<Double> scales = measurements.stream().map(Measurement::scale).distinct().toList();
        for (double s : scales) {
            find(s, FULL, PipelineTiming.TOTAL).ifPresent(full -> out.append(target(s, "full run from raw to publish",
                    full.wallSeconds(), full.cpuSeconds(), " s", s == 1 ? 180 : s == 10 ? 900 : Double.NaN,
                    "under 3 minutes at scale 1, 15 at scale 10")));
            Optional<Measurement> metrics = find(s, FULL, "metrics");
            Optional<Measurement> peer = find(s, PEER, "compute");
            if (metrics.isPresent() && peer.isPresent()) {
                out.append(ratio(s, "metrics step / DuckDB peer", metrics.get(), peer.get(), 3, 10));
            }
            Optional<Measurement> full = find(s, FULL, PipelineTiming.TOTAL);
            Optional<Measurement> incremental = find(s, INCREMENTAL, PipelineTiming.TOTAL);
            if (full.isPresent() && incremental.isPresent()) {
                out.append(ratio(s, "incremental run / full run (JVM start included)", incremental.get(), full.get(),
                        0.25, 1));
            }
            find(s, ColdCommands.RUN, ColdCommands.NO_OP).ifPresent(m -> out.append(target(s,
                    "no-op run (nothing new), JVM start included", m.wallSeconds(), m.cpuSeconds(), " s", 15,
                    "at most 15 s")));
            find(s, ColdCommands.RUN, ColdCommands.SQL).ifPresent(m -> out.append(target(s,
                    "one sql query on publish, fresh process", m.wallSeconds(), m.cpuSeconds(), " s", 3,
                    "at most 3 s")));
            find(s, ColdCommands.RUN, ColdCommands.REPORT).ifPresent(m -> out.append(target(s,
                    "report, fresh process", m.wallSeconds(), m.cpuSeconds(), " s", s == 1 ? 5 : Double.NaN,
                    "at most 5 s on the national lake")));
            Optional<Measurement> floor = find(s, FloorScan.RUN, "read + count");
            Optional<Measurement> steps = steps(s);
            if (floor.isPresent() && steps.isPresent()) {
                out.append(ratio(s, "pipeline steps / bare scans", steps.get(), floor.get(), 4, 10));
            }
        }
        for (int i = 1; i < scales.size(); i++) {
            Optional<Measurement> a = find(scales.get(i - 1), FULL, PipelineTiming.TOTAL);
            Optional<Measurement> b = find(scales.get(i), FULL, PipelineTiming.TOTAL);
            Optional<Measurement> floorA = find(scales.get(i - 1), FloorScan.RUN, "read + count");
            Optional<Measurement> floorB = find(scales.get(i), FloorScan.RUN, "read + count");
            if (a.isPresent() && b.isPresent() && floorA.isPresent() && floorB.isPresent()) {
                double data = (double) floorB.get().rowsIn() / floorA.get().rowsIn();
                double wall = b.get().wallSeconds() / a.get().wallSeconds();
                double cpu = b.get().cpuSeconds() / a.get().cpuSeconds();
                out.append(row(scale(scales.get(i - 1)) + " → " + scale(scales.get(i)),
                        "time growth / data growth (" + fixed(data, 1) + "x the raw lines)", fixed(wall / data, 2),
                        fixed(cpu / data, 2), "below 1 (less than linear)", wall / data < 1 ? "met" : "missed"));
            }
        }
    }

    /** The four steps of the full run together (no JVM start): what a bare scan compares with. */
    private Optional<Measurement> steps(double s) {
        List<Measurement> steps = new ArrayList<>();
        for (String step : STEPS) {
            find(s, FULL, step).ifPresent(steps::add);
        }
        if (steps.size() != STEPS.length) {
            return Optional.empty();
        }
        Measurement first = steps.get(0);
        return Optional.of(new Measurement(s, first.persons(), FULL, "4 steps", first.rowsIn(), 0,
                steps.stream().mapToDouble(Measurement::wallSeconds).sum(),
                steps.stream().mapToDouble(Measurement::cpuSeconds).sum(), -1, -1,
                steps.stream().mapToLong(Measurement::sparkJobs).sum(), first.loadBefore(),
                steps.get(steps.size() - 1).loadAfter()));
    }

    private String ratio(double s, String figure, Measurement a, Measurement b, double limit, double targetScale) {
        double wall = a.wallSeconds() / b.wallSeconds();
        double cpu = a.cpuSeconds() / b.cpuSeconds();
        return row(scale(s), figure, fixed(wall, 2), fixed(cpu, 2), "at most " + fixed(limit, 2) + " at scale "
                + scale(targetScale), verdict(wall, limit, s == targetScale));
    }

    private String target(double s, String figure, double wall, double cpu, String unit, double limit, String what) {
        return row(scale(s), figure, fixed(wall, 1) + unit, fixed(cpu, 1) + unit, what,
                verdict(wall, limit, !Double.isNaN(limit)));
    }

    /** Met or missed; a target set for another scale (no limit here) is only named. */
    private static String verdict(double value, double limit, boolean applies) {
        return !applies ? "(target is for another scale)" : value <= limit ? "met" : "missed";
    }

    private Optional<Measurement> find(double s, String run, String stage) {
        return measurements.stream().filter(m -> m.scale() == s && m.run().equals(run) && m.stage().equals(stage))
                .findFirst();
    }

    /** A text cell of the CSV, quoted (RFC 4180) when it holds a comma or a quote. */
    private static String csvText(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    static String scale(double s) {
        return BigDecimal.valueOf(s).stripTrailingZeros().toPlainString();
    }

    private static String fixed(double v, int decimals) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String known(long n) {
        return n < 0 ? "" : String.valueOf(n);
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "" : String.valueOf(Math.round(bytes / 1048576.0));
    }
}
