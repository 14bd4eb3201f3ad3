package nl.opvangmonitor.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The default engine reads a local lake with DuckDB (its driver is on the test class path) and any other with Spark. */
class EngineOptionTest {
    @Test
    void autoChoosesDuckDbForALocalLakeAndSparkForACluster() {
        EngineOption auto = new EngineOption();
        assertFalse(auto.spark(LakeOption.at("/tmp/lake", null)));
        assertFalse(auto.spark(LakeOption.at("file:///tmp/lake", null)));
        assertTrue(auto.spark(LakeOption.at("hdfs://namenode/lake", null)));
        EngineOption spark = new EngineOption();
        spark.engine = EngineOption.Engine.spark;
        assertTrue(spark.spark(LakeOption.at("/tmp/lake", null)));
    }
}
