package nl.opvangmonitor.jobs.sql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.opvangmonitor.jobs.cli.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every test of {@link SqlCommandTest} again with {@code --engine spark}, the engine for a cluster's file system. */
class SparkSqlCommandTest extends SqlCommandTest {
    @BeforeAll
    static void onSpark() {
        engine = "spark";
    }

    @AfterAll
    static void backToTheDefault() {
        engine = "duckdb";
    }

    @Override
    @Test
    void statementsThatReadFilesOrExplainByRunningAreRefused() {
        assertTrue(runErr(ExitCodes.FAILURE, "INSERT OVERWRITE DIRECTORY '" + lakeDir.resolve("out")
                + "' USING parquet SELECT 1").contains("the sql command only reads"));
        assertFalse(lakeDir.resolve("out").toFile().exists(), "nothing written");
    }

    @Test
    void timeTravelNeedsTheDuckDbEngine() {
        assertTrue(runErr(ExitCodes.USAGE, "--version", "0", "SELECT 1").contains("need the duckdb engine"));
    }
}
