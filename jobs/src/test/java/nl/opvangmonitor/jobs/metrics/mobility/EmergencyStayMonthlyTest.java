package nl.opvangmonitor.jobs.metrics.mobility;

import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static nl.opvangmonitor.jobs.metrics.mobility.MobilityFixtures.context;
import static nl.opvangmonitor.jobs.metrics.mobility.MobilityFixtures.materialised;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.MonthGrid;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Ongoing spells on month-ends and ended spells per month; the 183- and 365-day marks are strict. */
class EmergencyStayMonthlyTest {

    private static Dataset<Row> emergency(MetricContext context) {
        return materialised(EmergencyStayMonthly.emergencyStays(context.table(SilverFactTables.RESIDENCE_SEGMENTS),
                context.table(SilverFactTables.EMERGENCY_SPELLS), MonthGrid.of(context)));
    }

    @Test
    void aSpellCrossingAMonthEndIsOngoingThereAndEndsInTheNextMonth() {
        MetricContext context = context("2024-02-29", "2024-01-01",
                persons(
                        person("p1", "b1", "2015-03-01", false, "2024-01-15"),
                        person("p7", null, "2014-01-01", true, "2024-01-20")),
                stays(
                        stay("p1", "N", "2024-01-20", "2024-02-10"),
                        // p7: out on Jan 31 only (a one-day hole on the month-end), then crisisnoodopvang.
                        stay("p7", "N", "2024-01-25", "2024-01-31"),
                        stay("p7", "K", "2024-02-01", "2024-02-05")));
        // Jan 31: p1 ongoing, 31 − 20 + 1 = 12 days; p7 ongoing through its hole, 31 − 25 + 1 = 7 days, in
        //         NOODOPVANG (the segment before the hole): mean = median = (12 + 7) / 2 = 9.5.
        // Feb:    p1 ends (first day out Feb 10): Jan 20 .. Feb 9 = 12 + 9 = 21 days, last day in NOODOPVANG;
        //         p7 ends (first day out Feb 5): Jan 25 .. Feb 4 = 7 + 4 = 11 days, last day in CRISISNOODOPVANG.
        // Columns: month_end category ongoing mean median ended mean median.
        assertEquals(List.of(
                        "2024-01-31 ALL 2 9.5 9.5 0 null null",
                        "2024-01-31 NOODOPVANG 2 9.5 9.5 0 null null",
                        "2024-02-29 ALL 0 null null 2 16.0 16.0",
                        "2024-02-29 CRISISNOODOPVANG 0 null null 1 11.0 11.0",
                        "2024-02-29 NOODOPVANG 0 null null 1 21.0 21.0"),
                lines(emergency(context).where("provincie = 'ALL' AND amv = 'ALL'"), "month_end", "category",
                        "ongoing_spells", "mean_ongoing_days", "median_ongoing_days", "ended_spells",
                        "mean_ended_days", "median_ended_days"));
    }

    @Test
    void exactly183DaysIsNotOverTheMaximumAnd184Is() {
        MetricContext context = context("2024-07-31", "2024-06-01",
                persons(
                        person("p2", "b2", "2015-01-01", false, "2024-01-01"),
                        person("p3", "b3", "2015-01-01", false, "2024-01-01"),
                        person("p4", "b4", "2015-01-01", false, "2023-12-01"),
                        person("p5", "b5", "2015-01-01", false, "2023-12-01"),
                        person("p6", "b6", "2006-07-01", false, "2024-05-01"),   // turns 18 on 2024-07-01
                        person("p8", "b8", "2015-01-01", false, "2023-06-01")),
                stays(
                        stay("p2", "N", "2024-01-31", null),
                        stay("p3", "N", "2024-01-30", null),
                        stay("p4", "N", "2024-01-01", "2024-07-02"),
                        stay("p5", "N", "2023-12-31", "2024-07-02"),
                        stay("p6", "N", "2024-06-01", null),
                        stay("p8", "N", "2023-07-01", null)));
        // Jun 30: p2 Jan 31 .. Jun 30 = 1 + 29 + 31 + 30 + 31 + 30 = 152; p3 153; p4 Jan 1 .. Jun 30 = 182;
        //         p5 183 (not over); p6 30 (minor until Jul 1); p8 2023-07-01 .. 2024-06-30 = 366 (over 365).
        //         Mean 1066 / 6 = 177.67, median (153 + 182) / 2 = 167.5.
        // Jul 31: p2 Jan 31 .. Jul 31 = 152 + 31 = 183 (not over); p3 184 (over); p8 397 (over both);
        //         p6 is 18: not counted. Mean (183 + 184 + 397) / 3 = 254.67, median 184.
        //         Ended (first day out Jul 2): p4 Jan 1 .. Jul 1 = 183 (not over), p5 184 (over).
        // Columns: month_end ongoing mean median over_183 over_365 ended mean median ended_over_183.
        assertEquals(List.of(
                        "2024-06-30 6 177.66666666666666 167.5 1 1 0 null null 0",
                        "2024-07-31 3 254.66666666666666 184.0 2 1 2 183.5 183.5 1"),
                lines(emergency(context).where("category = 'ALL' AND provincie = 'ALL' AND amv = 'ALL'"),
                        "month_end", "ongoing_spells", "mean_ongoing_days", "median_ongoing_days",
                        "ongoing_over_183_days", "ongoing_over_365_days", "ended_spells", "mean_ended_days",
                        "median_ended_days", "ended_over_183_days"));
    }
}
