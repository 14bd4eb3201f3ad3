package nl.opvangmonitor.tools.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.jobs.runtime.JobFailure;

/**
 * One timed pipeline run in a child JVM ({@link BenchedPipeline}): the measurements of its JVM and
 * Spark start, of each step, and of the whole run from the moment the JVM was started.
 */
final class PipelineTiming {
    /** The stage name of the JVM and Spark start, and of the whole run. */
    static final String START = "jvm+spark start";
    static final String TOTAL = "total (JVM start included)";

    private PipelineTiming() {
    }

    /**
     * Runs the pipeline on {@code raw} into {@code lake} with threshold {@code k} as of {@code asOf} (null: the
     * latest delivery), labelled {@code run}.
     */
    static List<Measurement> run(double scale, long persons, String run, Path raw, Path lake, int k, LocalDate asOf) {
        double loadBefore = ProcessFigures.loadAverage();
        ChildJvm.Output child = ChildJvm.run(BenchedPipeline.class.getName(), List.of(raw.toString(), lake.toString(),
                String.valueOf(k), asOf == null ? BenchedPipeline.LATEST : asOf.toString()));
        double loadAfter = ProcessFigures.loadAverage();
        String[] ready = line(child.lines(), "ready");
        String[] end = line(child.lines(), "end");
        List<Measurement> stages = new ArrayList<>();
        for (String line : child.lines()) {
            String[] f = line.split("\t");
            if (f.length == 11 && f[0].equals(BenchedPipeline.LINE) && f[1].equals("stage")) {
                stages.add(new Measurement(scale, persons, run, f[2], Long.parseLong(f[3]), Long.parseLong(f[4]),
                        Double.parseDouble(f[5]), Double.parseDouble(f[6]), Long.parseLong(f[7]), -1,
                        Long.parseLong(f[8]), Double.parseDouble(f[9]), Double.parseDouble(f[10])));
            }
        }
        if (stages.isEmpty()) {
            throw new JobFailure("the bench's pipeline run printed no steps");
        }
        List<Measurement> all = new ArrayList<>();
        all.add(new Measurement(scale, persons, run, START, 0, 0,
                (Long.parseLong(ready[2]) - child.startedMillis()) / 1000.0, Double.parseDouble(ready[3]),
                Long.parseLong(ready[4]), -1, -1, loadBefore, stages.get(0).loadBefore()));
        all.addAll(stages);
        all.add(new Measurement(scale, persons, run, TOTAL, stages.get(0).rowsIn(),
                stages.get(stages.size() - 1).rowsOut(), (Long.parseLong(end[2]) - child.startedMillis()) / 1000.0,
                Double.parseDouble(end[3]), stages.stream().mapToLong(Measurement::heapPeakBytes).max().orElse(-1),
                Long.parseLong(end[4]), stages.stream().mapToLong(Measurement::sparkJobs).sum(), loadBefore, loadAfter));
        return all;
    }

    private static String[] line(List<String> lines, String kind) {
        return lines.stream().map(l -> l.split("\t")).filter(f -> f.length >= 2 && f[0].equals(BenchedPipeline.LINE)
                && f[1].equals(kind)).findFirst()
                .orElseThrow(() -> new JobFailure("the bench's pipeline run printed no '" + kind + "' line"));
    }
}
