package nl.opvangmonitor.tools.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * Counts the Spark jobs a run starts, so the bench can report them per step: a step's fixed cost grows
 * with its jobs (each a scheduling round trip and, for Delta, a log read), whatever the data size.
 */
final class SparkJobTally extends SparkListener {
    private final AtomicLong jobs = new AtomicLong();

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        jobs.incrementAndGet();
    }

    /** Jobs started so far. */
    long jobs() {
        return jobs.get();
    }
}
