package nl.opvangmonitor.jobs.metrics;

import static nl.opvangmonitor.common.testing.Frames.*;
import static nl.opvangmonitor.jobs.metrics.MetricFixtures.date;
import static nl.opvangmonitor.jobs.metrics.MetricFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The month grid Feb..Mar 2024 on as_of 2024-03-05: intervals cut at month boundaries and month-ends (as_of in the
 * last month), events per month, and a gold table completed to exactly the grid months.
 */
class MonthGridTest {
    private final MonthGrid grid = MonthGrid.of(
            MetricContext.of(SharedSpark.spark(), date("2024-03-05"), date("2024-02-01"), Map.of()));

    @Test
    void theGridRunsFromTheFirstMonthToTheMonthOfAsOfWhoseMonthEndIsAsOf() {
        assertEquals(List.of("2024-02-01 2024-02-29", "2024-03-01 2024-03-05"),
                lines(grid.months(), "month", "month_end"));
    }

    @Test
    void anIntervalIsCutIntoItsReportingMonthsUpToMonthEnd() {
        Dataset<Row> intervals = frame("id STRING, seg_start DATE, seg_end DATE",
                row("x", d("2024-01-20"), d("2024-03-06")),
                row("old", d("2023-05-01"), d("2024-02-01")));
        // x: January lies before the first month; February whole; March 1..5 (month-end = as_of 2024-03-05).
        // old: ends before the first month, nothing.
        assertEquals(List.of(
                        "x 2024-02-01 2024-02-29 2024-02-01 2024-03-01",
                        "x 2024-03-01 2024-03-05 2024-03-01 2024-03-06"),
                lines(grid.pieces(intervals), "id", "month", "month_end", "piece_start", "piece_end"));
        // Covering a month-end: x covers Feb 29 (ends Mar 6 > Feb 29) and Mar 5 (as_of).
        assertEquals(List.of("x 2024-02-29", "x 2024-03-05"), lines(grid.atMonthEnds(intervals), "id", "month_end"));
    }

    @Test
    void eventsFallInTheirMonthUpToMonthEndAndEmptyMonthsGetAZeroTotal() {
        Dataset<Row> events = frame("id STRING, day DATE",
                row("a", d("2024-02-29")), row("b", d("2024-03-06")), row("c", d("2024-01-31")));
        // b lies after as_of, c before the first month.
        assertEquals(List.of("a 2024-02-01"), lines(grid.ofDate(events, "day"), "id", "month"));

        Dataset<Row> gold = frame("month_end DATE, gemeentecode STRING, school_age_present BIGINT, "
                + "arrivals BIGINT, departures BIGINT", row(d("2024-02-29"), "GM0001", 3L, 1L, 0L));
        // March has no row: it gets an ALL row with zero counts, provisional as the month of as_of.
        assertEquals(List.of("2024-02-29 GM0001 3 1 0 false", "2024-03-05 ALL 0 0 0 true"),
                lines(grid.completeMonths(gold, GoldTables.MUNICIPALITY_MONTHLY),
                        "month_end", "gemeentecode", "school_age_present", "arrivals", "departures", "provisional"));
    }

    @Test
    void completingDropsRowsOffTheGridAndLeavesStatisticsOfEmptyMonthsNull() {
        Dataset<Row> gold = frame("month DATE, gemeentecode STRING, onderwijssoort STRING, enrolments BIGINT, "
                        + "median_wait_days DOUBLE, p90_wait_days DOUBLE, over_30_days BIGINT",
                row(d("2024-01-01"), "ALL", "ALL", 2L, 10.0, 12.0, 0L),
                row(d("2024-03-01"), "ALL", "ALL", 1L, 40.0, 40.0, 1L),
                row(d("2024-04-01"), "ALL", "ALL", 1L, 5.0, 5.0, 0L));
        // January lies before the grid and April after as_of: both dropped; February is empty.
        assertEquals(List.of("2024-02-01 ALL ALL 0 null null 0 false", "2024-03-01 ALL ALL 1 40.0 40.0 1 true"),
                lines(grid.completeMonths(gold, GoldTables.SCHOOL_WAIT_MONTHLY), "month", "gemeentecode",
                        "onderwijssoort", "enrolments", "median_wait_days", "p90_wait_days", "over_30_days",
                        "provisional"));
    }
}
