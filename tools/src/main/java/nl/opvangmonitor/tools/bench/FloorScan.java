package nl.opvangmonitor.tools.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.opvangmonitor.common.contract.RawSource;
import org.apache.spark.sql.SparkSession;

/**
 * The floor: a bare Spark scan of every raw file of a landing zone, read as text and counted. No
 * pipeline over the same files can be faster, so the report states the pipeline's time in scans.
 */
final class FloorScan {
    static final String RUN = "floor: bare Spark scan";

    private FloorScan() {
    }

    /** Scans the CSV files of all seven sources under {@code raw} and measures it (lines in = lines out). */
    static Measurement measure(SparkSession spark, double scale, long persons, Path raw) {
        String[] folders = Stream.of(RawSource.values()).map(s -> raw.resolve(s.folder()))
                .filter(Files::isDirectory).map(Path::toString).toArray(String[]::new);
        double loadBefore = ProcessFigures.loadAverage();
        ProcessFigures.resetHeapPeak();
        double cpu = ProcessFigures.cpuSeconds();
        long started = System.nanoTime();
        long lines = spark.read().option("recursiveFileLookup", "true").option("pathGlobFilter", "*.csv")
                .text(folders).count();
        double wall = (System.nanoTime() - started) / 1e9;
        return new Measurement(scale, persons, RUN, "read + count", lines, lines, wall,
                ProcessFigures.cpuSeconds() - cpu, ProcessFigures.heapPeakBytes(), -1, -1, loadBefore,
                ProcessFigures.loadAverage());
    }
}
