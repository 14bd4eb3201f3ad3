package nl.opvangmonitor.jobs.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The bench's profile names the line of our code that started a Spark job. */
class SparkJobTallyTest {
    @Test
    void aJobIsTalliedUnderTheCallSiteThatStartedIt() throws InterruptedException {
        SparkSession spark = SharedSpark.spark();
        SparkJobTally tally = new SparkJobTally();
        spark.sparkContext().addSparkListener(tally);
        try {
            spark.range(100).count();
            List<SparkJobTally.Site> sites = List.of();
            for (int i = 0; i < 100 && sites.isEmpty(); i++) {
                Thread.sleep(50); // the listener bus delivers job events asynchronously
                sites = tally.top(5);
            }
            assertTrue(tally.jobs() >= 1);
            assertTrue(sites.stream().anyMatch(s -> s.callSite().contains("SparkJobTallyTest.java")), sites.toString());
        } finally {
            spark.sparkContext().removeSparkListener(tally);
        }
    }
}
