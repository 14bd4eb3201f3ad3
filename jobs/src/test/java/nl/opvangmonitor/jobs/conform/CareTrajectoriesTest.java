package nl.opvangmonitor.jobs.conform;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.frame;
import static nl.opvangmonitor.common.testing.Frames.row;
import static nl.opvangmonitor.jobs.conform.BronzeRows.bronze;
import static nl.opvangmonitor.jobs.conform.BronzeRows.delivery;

import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Merging overlapping youth-care trajectories of one person, soort and provider (half-open intervals). */
class CareTrajectoriesTest {
    static final String CARE = "bsn_id STRING, gemeentecode STRING, provider STRING, soort STRING, start_date DATE,"
            + " end_date DATE, end_reason STRING, delivery_date DATE";

    private static final BronzeRows.Delivery JAN = delivery("2026-01-31");
    private static final BronzeRows.Delivery FEB = delivery("2026-02-28");

    private static Dataset<Row> conformed(Row... rows) {
        return ConformedTable.CARE_TRAJECTORIES.build(bronze(RawSource.JEUGDHULP_TRAJECTEN, rows));
    }

    @Test
    void overlappingPartsBecomeOneWithEarliestStartLatestEndAndTheLastEndingPartsReason() {
        SharedSpark.assertSameRows(frame(CARE,
                        row("b1", "GM0001", "P1", "AMBULANT", d("2025-01-01"), d("2025-04-01"), "VOLGENS_PLAN",
                                d("2026-02-28"))),
                conformed(
                        JAN.care("b1", "GM0001", "P1", "AMBULANT", "2025-01-01", "2025-03-01", "VOORTIJDIG_CLIENT", 1),
                        FEB.care("b1", "GM0002", "P1", "AMBULANT", "2025-02-01", "2025-04-01", "VOLGENS_PLAN", 1)));
    }

    @Test
    void aPartOverlappingOnlyAnEarlierLongPartStillJoinsIt() {
        // C overlaps A but not B: a running maximum of ends, not the previous end, decides
        SharedSpark.assertSameRows(frame(CARE,
                        row("b1", "GM0001", "P1", "VERBLIJF", d("2025-01-01"), d("2025-12-01"), "VOORTIJDIG_EXTERN",
                                d("2026-01-31"))),
                conformed(
                        JAN.care("b1", "GM0001", "P1", "VERBLIJF", "2025-01-01", "2025-12-01", "VOORTIJDIG_EXTERN", 1),
                        JAN.care("b1", "GM0001", "P1", "VERBLIJF", "2025-03-01", "2025-04-01", "VOLGENS_PLAN", 2),
                        JAN.care("b1", "GM0001", "P1", "VERBLIJF", "2025-06-01", "2025-07-01", "VOLGENS_PLAN", 3)));
    }

    @Test
    void anOpenPartKeepsTheMergedTrajectoryOpen() {
        SharedSpark.assertSameRows(frame(CARE,
                        row("b1", "GM0001", "P1", "JEUGDBESCHERMING", d("2025-01-01"), null, null, d("2026-02-28"))),
                conformed(
                        JAN.care("b1", "GM0001", "P1", "JEUGDBESCHERMING", "2025-01-01", "2025-06-01", "VOLGENS_PLAN", 1),
                        FEB.care("b1", "GM0001", "P1", "JEUGDBESCHERMING", "2025-05-01", null, null, 2)));
    }

    @Test
    void partsEndingTheSameDayTakeTheReasonOfTheLaterStart() {
        SharedSpark.assertSameRows(frame(CARE,
                        row("b1", "GM0001", "P1", "AMBULANT", d("2025-01-01"), d("2025-03-01"), "VOORTIJDIG_AANBIEDER",
                                d("2026-01-31"))),
                conformed(
                        JAN.care("b1", "GM0001", "P1", "AMBULANT", "2025-01-01", "2025-03-01", "VOLGENS_PLAN", 1),
                        JAN.care("b1", "GM0001", "P1", "AMBULANT", "2025-02-01", "2025-03-01", "VOORTIJDIG_AANBIEDER", 2)));
    }

    @Test
    void partsStartingTheSameDayAreOneAndTakeTheLaterDeliverysGemeente() {
        SharedSpark.assertSameRows(frame(CARE,
                        row("b1", "GM0002", "P1", "AMBULANT", d("2025-03-01"), d("2025-05-01"), null, d("2026-02-28"))),
                conformed(
                        JAN.care("b1", "GM0001", "P1", "AMBULANT", "2025-03-01", "2025-04-01", "VOLGENS_PLAN", 1),
                        FEB.care("b1", "GM0002", "P1", "AMBULANT", "2025-03-01", "2025-05-01", null, 1)));
    }

    @Test
    void touchingTrajectoriesAndOtherProvidersOrSoortenStayApart() {
        SharedSpark.assertSameRows(frame(CARE,
                        row("b2", "GM0001", "P1", "AMBULANT", d("2025-01-01"), d("2025-02-01"), "VOLGENS_PLAN", d("2026-01-31")),
                        row("b2", "GM0001", "P1", "AMBULANT", d("2025-02-01"), d("2025-03-01"), "VOLGENS_PLAN", d("2026-01-31")),
                        row("b3", "GM0001", "P1", "AMBULANT", d("2025-01-01"), d("2025-03-01"), null, d("2026-01-31")),
                        row("b3", "GM0001", "P2", "AMBULANT", d("2025-02-01"), d("2025-04-01"), null, d("2026-01-31")),
                        row("b3", "GM0001", "P1", "VERBLIJF", d("2025-02-01"), d("2025-04-01"), null, d("2026-01-31"))),
                conformed(
                        // touching: the first ends (first day without care) on the day the second starts
                        JAN.care("b2", "GM0001", "P1", "AMBULANT", "2025-01-01", "2025-02-01", "VOLGENS_PLAN", 1),
                        JAN.care("b2", "GM0001", "P1", "AMBULANT", "2025-02-01", "2025-03-01", "VOLGENS_PLAN", 2),
                        JAN.care("b3", "GM0001", "P1", "AMBULANT", "2025-01-01", "2025-03-01", null, 3),
                        JAN.care("b3", "GM0001", "P2", "AMBULANT", "2025-02-01", "2025-04-01", null, 4),
                        JAN.care("b3", "GM0001", "P1", "VERBLIJF", "2025-02-01", "2025-04-01", null, 5)));
    }

    @Test
    void aCorrectedEndDeliveredLaterCanSplitAMergedTrajectory() {
        // January's parts overlap; February corrects the first one's end so that they only touch
        SharedSpark.assertSameRows(frame(CARE,
                        row("b1", "GM0001", "P1", "AMBULANT", d("2025-01-01"), d("2025-02-01"), "VOLGENS_PLAN", d("2026-02-28")),
                        row("b1", "GM0001", "P1", "AMBULANT", d("2025-02-01"), d("2025-05-01"), null, d("2026-01-31"))),
                conformed(
                        JAN.care("b1", "GM0001", "P1", "AMBULANT", "2025-01-01", "2025-03-01", null, 1),
                        JAN.care("b1", "GM0001", "P1", "AMBULANT", "2025-02-01", "2025-05-01", null, 2),
                        FEB.care("b1", "GM0001", "P1", "AMBULANT", "2025-01-01", "2025-02-01", "VOLGENS_PLAN", 1)));
    }
}
