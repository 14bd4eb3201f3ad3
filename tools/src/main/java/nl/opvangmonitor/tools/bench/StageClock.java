package nl.opvangmonitor.tools.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Times the steps of one pipeline run in this JVM: told the name of each step as it starts (and
 * {@code "done"} at the end), it keeps per step the wall and CPU seconds, the heap peak, the Spark jobs
 * started and the load average before and after.
 */
final class StageClock {
    /** One timed step. */
    record Stage(String name, double wallSeconds, double cpuSeconds, long heapPeakBytes, long sparkJobs,
                 double loadBefore, double loadAfter) {
    }

    private final List<Stage> stages = new ArrayList<>();
    private final SparkJobTally jobs;
    private long jobsBefore;
    private String current;
    private long startedNanos;
    private double startedCpu;
    private double loadBefore;

    StageClock(SparkJobTally jobs) {
        this.jobs = jobs;
    }

    /** Closes the running step, if any, and opens {@code name} unless it is {@code "done"}. */
    void enter(String name) {
        if (current != null) {
            stages.add(new Stage(current, (System.nanoTime() - startedNanos) / 1e9,
                    ProcessFigures.cpuSeconds() - startedCpu, ProcessFigures.heapPeakBytes(), jobs.jobs() - jobsBefore, loadBefore,
                    ProcessFigures.loadAverage()));
        }
        current = "done".equals(name) ? null : name;
        ProcessFigures.resetHeapPeak();
        loadBefore = ProcessFigures.loadAverage();
        jobsBefore = jobs.jobs();
        startedCpu = ProcessFigures.cpuSeconds();
        startedNanos = System.nanoTime();
    }

    /** The steps timed so far, in order. */
    List<Stage> stages() {
        return List.copyOf(stages);
    }
}
