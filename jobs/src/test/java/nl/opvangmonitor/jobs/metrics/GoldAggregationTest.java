package nl.opvangmonitor.jobs.metrics;

import static nl.opvangmonitor.common.testing.Frames.*;
import static nl.opvangmonitor.jobs.metrics.MetricFixtures.lines;
import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Totals computed from facts: every subset of dimensions, distinct counts not added up, time never totalled. */
class GoldAggregationTest {
    @Test
    void everySubsetOfDimensionsGetsAllRowsWithDistinctCountsFromTheFacts() {
        Dataset<Row> facts = frame("month STRING, category STRING, amv STRING, person STRING",
                row("2024-01", "NOODOPVANG", "J", "p1"),
                row("2024-01", "REGULIER", "J", "p1"),
                row("2024-01", "REGULIER", "N", "p2"),
                row("2024-02", "REGULIER", "N", "p2"));
        Dataset<Row> gold = GoldAggregation.withTotals(facts, List.of("month"), List.of("category", "amv"),
                countDistinct("person").as("persons"));
        assertEquals(List.of(
                        "2024-01 ALL ALL 2",
                        "2024-01 ALL J 1",
                        "2024-01 ALL N 1",
                        "2024-01 NOODOPVANG ALL 1",
                        "2024-01 NOODOPVANG J 1",
                        "2024-01 REGULIER ALL 2",
                        "2024-01 REGULIER J 1",
                        "2024-01 REGULIER N 1",
                        "2024-02 ALL ALL 1",
                        "2024-02 ALL N 1",
                        "2024-02 REGULIER ALL 1",
                        "2024-02 REGULIER N 1"),
                lines(gold, "month", "category", "amv", "persons"));
    }
}
