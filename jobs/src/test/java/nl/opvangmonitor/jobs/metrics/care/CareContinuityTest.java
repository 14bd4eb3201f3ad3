package nl.opvangmonitor.jobs.metrics.care;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Care continuity on as_of 2025-06-30, months from 2025-01: every outcome of the definition and
 * what is not a care-relevant move or not a successor, per pair and aggregated per month.
 */
class CareContinuityTest {
    private static final String AS_OF = "2025-06-30";

    /** A move as silver.moves holds it; every move below is between municipalities unless said. */
    private static Row move(String child, String date, String fromCategory, String fromGm, String toGm, boolean amv,
                            String bsn, boolean intake) {
        return row(child, d(date), "CAPACITEIT", intake, "L-" + fromGm, fromCategory, fromGm, "Utrecht",
                "L-" + toGm, "REGULIER", toGm, "Utrecht", 10, amv, bsn);
    }

    /** A trajectory at a named provider (the fixture's one is always P01). */
    private static Row trajectoryAt(String bsn, String provider, String soort, String start, String end) {
        return row(bsn, "GM0001", provider, soort, d(start), end == null ? null : d(end), null, d("2025-01-31"));
    }

    private MetricContext context() {
        Dataset<Row> moves = SharedSpark.spark().createDataFrame(List.of(
                move("p1", "2025-03-01", "REGULIER", "GM0001", "GM0002", false, "b1", false),
                move("p2", "2025-03-01", "REGULIER", "GM0001", "GM0002", false, "b2", false),
                move("p3", "2025-03-01", "NOODOPVANG", "GM0001", "GM0002", true, "b3", false),
                move("p4", "2025-03-01", "REGULIER", "GM0001", "GM0002", false, "b4", false),
                move("p5", "2025-03-01", "REGULIER", "GM0001", "GM0001", false, "b5", false),
                move("p6", "2025-06-15", "REGULIER", "GM0001", "GM0002", false, "b6", false),
                move("p7", "2025-03-01", "AANMELDCENTRUM", "GM0003", "GM0002", false, "b7", true),
                move("p9", "2025-03-01", "REGULIER", "GM0001", "GM0002", false, "b9", false),
                move("p10", "2025-06-10", "REGULIER", "GM0001", "GM0002", false, "b10", false),
                move("p11", "2025-03-01", "REGULIER", "GM0001", "GM0002", false, "b11", false)),
                SilverFactTables.MOVES.schema());
        Dataset<Row> trajectories = trajectories(
                // p1: open 31+ days after the move
                trajectory("b1", "GM0001", "AMBULANT", "2025-01-01", null, null),
                // p2: ends R+3, same-soort successor E+10
                trajectory("b2", "GM0001", "AMBULANT", "2025-01-01", "2025-03-04", "VOORTIJDIG_EXTERN"),
                trajectory("b2", "GM0002", "AMBULANT", "2025-03-14", null, null),
                // p3: ends R+3, successor only at E+31
                trajectory("b3", "GM0001", "AMBULANT", "2025-01-01", "2025-03-04", "VOORTIJDIG_EXTERN"),
                trajectory("b3", "GM0002", "AMBULANT", "2025-04-04", null, null),
                // p4: ends R+3, the next trajectory is of another soort
                trajectory("b4", "GM0001", "AMBULANT", "2025-01-01", "2025-03-04", "VOLGENS_PLAN"),
                trajectory("b4", "GM0002", "JEUGDBESCHERMING", "2025-03-10", null, null),
                // p5: active, but the move stays within GM0001
                trajectory("b5", "GM0001", "AMBULANT", "2025-01-01", null, null),
                // p6: moved 15 days before as_of; one open, one ended 5 days after the move
                trajectory("b6", "GM0001", "AMBULANT", "2025-01-01", null, null),
                trajectory("b6", "GM0001", "VERBLIJF", "2025-02-01", "2025-06-20", "VOLGENS_PLAN"),
                // p7: the intake placement is no move
                trajectory("b7", "GM0003", "AMBULANT", "2025-01-01", null, null),
                // p9: a parallel same-soort trajectory at another provider, started before the move
                trajectory("b9", "GM0001", "AMBULANT", "2025-01-01", "2025-03-04", "VOLGENS_PLAN"),
                trajectoryAt("b9", "P02", "AMBULANT", "2025-02-27", null),
                // p10: ends after as_of (read as open); a 'successor' started before that end
                trajectory("b10", "GM0001", "AMBULANT", "2025-01-01", "2025-07-03", "VOLGENS_PLAN"),
                trajectoryAt("b10", "P02", "AMBULANT", "2025-06-28", null),
                // p11: a successor starting after the move but before T's end: gap max(0, -3) = 0
                trajectory("b11", "GM0001", "AMBULANT", "2025-01-01", "2025-03-05", "VOLGENS_PLAN"),
                trajectoryAt("b11", "P02", "AMBULANT", "2025-03-02", null));
        return MetricContext.of(SharedSpark.spark(), date(AS_OF), date("2025-01-01"), Map.of(
                SilverFactTables.MOVES, moves, SilverTables.CARE_TRAJECTORIES, trajectories));
    }

    @Test
    void eachPairGetsTheOutcomeOfTheDefinition() {
        Dataset<Row> outcomes = new CareMoveOutcomes().compute(context());
        assertEquals(List.of(
                        // p1: T open, as_of 06-30 >= R+30 = 03-31
                        "p1 AMBULANT 2025-01-01 CONTINUED null null",
                        // p10: T's end 07-03 lies after as_of, so T is open; as_of < R+30 = 07-10; the
                        // trajectory from 06-28 is no successor of an open one
                        "p10 AMBULANT 2025-01-01 PENDING null null",
                        // p11: E = 03-05 <= R+30; successor 03-02 within max(E-7, R) = 03-01 .. E+30;
                        // gap max(0, 03-02 - 03-05) = 0
                        "p11 AMBULANT 2025-01-01 TRANSFERRED 0 2025-03-02",
                        // p2: E = 03-04 <= R+30 = 03-31; successor 03-14 in 03-01 .. 04-03; gap 10
                        "p2 AMBULANT 2025-01-01 TRANSFERRED 10 2025-03-14",
                        // p3: E = 03-04, the next start 04-04 = E+31 is outside E+30; as_of >= E+30 = 04-03
                        "p3 AMBULANT 2025-01-01 INTERRUPTED null null",
                        // p4: the JEUGDBESCHERMING start on 03-10 is another soort (and starts after R, so no pair)
                        "p4 AMBULANT 2025-01-01 INTERRUPTED null null",
                        // p6: open T, as_of 06-30 < R+30 = 07-15
                        "p6 AMBULANT 2025-01-01 PENDING null null",
                        // p6: E = 06-20 <= R+30, no successor, as_of 06-30 < E+30 = 07-20
                        "p6 VERBLIJF 2025-02-01 PENDING null null",
                        // p9: T ends 03-04; the P02 trajectory began 02-27, before the move: no successor
                        "p9 AMBULANT 2025-01-01 INTERRUPTED null null",
                        // p9: the parallel trajectory is active on R-1 itself and stays open
                        "p9 AMBULANT 2025-02-27 CONTINUED null null"),
                lines(outcomes, "child_id", "soort", "trajectory_start", "outcome", "gap_days", "successor_start"));
    }

    @Test
    void monthlyCountsEveryOutcomeOnTheMonthGridWithTotals() {
        MetricContext context = context();
        context.provide(SilverFactTables.CARE_MOVE_OUTCOMES, new CareMoveOutcomes().compute(context));
        Dataset<Row> gold = new CareContinuityMonthly().compute(context);
        String cols = "month, pairs, continued, transferred, interrupted, pending, median_transfer_gap_days, "
                + "interrupted_external";
        assertEquals(List.of(
                        "2025-01-01 0 0 0 0 0 null 0",
                        "2025-02-01 0 0 0 0 0 null 0",
                        // March: p1, p2, p3, p4, p9 (two), p11 = 7 pairs; continued p1, p9; transferred p2
                        // (gap 10), p11 (gap 0): median (0 + 10) / 2 = 5.0; interrupted p3, p4, p9;
                        // external: p3 only
                        "2025-03-01 7 2 2 3 0 5.0 1",
                        "2025-04-01 0 0 0 0 0 null 0",
                        "2025-05-01 0 0 0 0 0 null 0",
                        // June: p6 (two pairs), p10 = 3 pending
                        "2025-06-01 3 0 0 0 3 null 0"),
                lines(gold.where("soort = 'ALL' and from_category = 'ALL' and amv = 'ALL'"), cols.split(", ")));
        // On as_of 2025-06-30 a pair can be pending until 60 days after its month: April (Apr 30 + 60 =
        // Jun 29) is final, May (Jul 30) and June are provisional.
        assertEquals(List.of("2025-01-01 false", "2025-02-01 false", "2025-03-01 false", "2025-04-01 false",
                        "2025-05-01 true", "2025-06-01 true"),
                lines(gold.select("month", "provisional").distinct(), "month", "provisional"));
        // p3 alone moved from NOODOPVANG, amv
        assertEquals(List.of("2025-03-01 1 0 0 1 0 null 1"),
                lines(gold.where("soort = 'AMBULANT' and from_category = 'NOODOPVANG' and amv = 'J'"),
                        cols.split(", ")));
    }
}
