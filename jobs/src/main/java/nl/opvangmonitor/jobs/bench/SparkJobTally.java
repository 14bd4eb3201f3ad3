package nl.opvangmonitor.jobs.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.StageInfo;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Counts the Spark jobs a run starts and sums their time per call site (the line of our code that
 * started them): the bench's profile of what dominates, without the Spark UI.
 */
final class SparkJobTally extends SparkListener {
    /** The job time of one call site: how many jobs it started and their seconds together. */
    record Site(String callSite, long jobs, double seconds) {
    }

    private final AtomicLong jobs = new AtomicLong();
    private final Map<Integer, String> sites = new ConcurrentHashMap<>();
    private final Map<Integer, Long> starts = new ConcurrentHashMap<>();
    private final Map<String, double[]> perSite = new ConcurrentHashMap<>();

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        jobs.incrementAndGet();
        sites.put(start.jobId(), callSite(start));
        starts.put(start.jobId(), start.time());
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd end) {
        String site = sites.remove(end.jobId());
        Long started = starts.remove(end.jobId());
        if (site != null && started != null) {
            double[] tally = perSite.computeIfAbsent(site, s -> new double[2]);
            synchronized (tally) {
                tally[0]++;
                tally[1] += (end.time() - started) / 1000.0;
            }
        }
    }

    /**
     * Where the job was started: the name of its last stage, which Spark sets to the short call site
     * ("count at SourceIngest.java:52"); the job's properties carry one only when code sets it.
     */
    static String callSite(SparkListenerJobStart start) {
        return CollectionConverters.asJava(start.stageInfos()).stream()
                .max(Comparator.comparingInt(StageInfo::stageId)).map(StageInfo::name).orElse("unknown");
    }

    /** Jobs started so far. */
    long jobs() {
        return jobs.get();
    }

    /** The {@code n} call sites with the most job time, most first. */
    List<Site> top(int n) {
        return perSite.entrySet().stream().map(e -> new Site(e.getKey(), (long) e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingDouble(Site::seconds).reversed()).limit(n).toList();
    }
}
