package nl.opvangmonitor.jobs.metrics.care;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import java.util.Arrays;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.metrics.ComputedTable;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import nl.opvangmonitor.jobs.metrics.facts.Moves;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One row per (care-relevant move R, trajectory T active on R − 1) with its outcome on as_of
 * (metrics.md, gold.care_continuity_monthly). A care-relevant move is a move (not the intake
 * placement) between municipalities by a linked person. Trajectory dates after as_of are not known
 * on as_of: an end after as_of reads as open, and a successor must have started by as_of. A
 * successor is another trajectory of the person with the same soort that starts within
 * E − 7 .. E + 30 and not before the move: one already running before the move is a parallel
 * trajectory (with its own pair), not care taken up after it (docs/metrics-care-locations.md).
 */
public final class CareMoveOutcomes implements ComputedTable {

    /** Days after the move (and after the trajectory's end) the outcome looks ahead. */
    static final int FOLLOW_UP_DAYS = 30;
    /** A successor may start this many days before the trajectory's end (a hand-over). */
    static final int HANDOVER_DAYS = 7;

    @Override
    public TableDef table() {
        return SilverFactTables.CARE_MOVE_OUTCOMES;
    }

    @Override
    public List<TableDef> inputs() {
        return List.of(SilverTables.CARE_TRAJECTORIES, SilverFactTables.MOVES);
    }

    @Override
    public Dataset<Row> compute(MetricContext context) {
        return outcomes(context.table(SilverFactTables.MOVES), context.table(SilverTables.CARE_TRAJECTORIES), context.asOfLit());
    }

    /** The pairs of care-relevant moves and active trajectories with their outcome on {@code asOf}. */
    public static Dataset<Row> outcomes(Dataset<Row> moves, Dataset<Row> trajectories, Column asOf) {
        Dataset<Row> known = knownOn(trajectories, asOf);
        return withSuccessor(activePairs(careRelevant(moves), known), known)
                .withColumn("outcome", outcome(asOf))
                .withColumn("gap_days", when(col("outcome").equalTo(CareOutcome.TRANSFERRED.name()),
                        greatest(lit(0), datediff(col("successor_start"), col("trajectory_end")))));
    }

    /** Moves between municipalities by a linked person; intake placements are no moves. */
    static Dataset<Row> careRelevant(Dataset<Row> moves) {
        return moves.where(not(col("intake"))
                .and(col("from_gemeentecode").notEqual(col("to_gemeentecode")))
                .and(col("bsn_id").isNotNull()));
    }

    /** Trajectories as known on as_of: started by then; an end (and its reason) after as_of reads as open. */
    static Dataset<Row> knownOn(Dataset<Row> trajectories, Column asOf) {
        Column endedByAsOf = col("end_date").leq(asOf);
        return trajectories.where(col("start_date").leq(asOf))
                .select(col("bsn_id"), col("provider"), col("soort"), col("start_date"),
                        when(endedByAsOf, col("end_date")).as("end_date"),
                        when(endedByAsOf, col("end_reason")).as("end_reason"));
    }

    /** Each move with every trajectory active on the day before it: start <= R − 1 and (open or end > R − 1). */
    static Dataset<Row> activePairs(Dataset<Row> moves, Dataset<Row> known) {
        Dataset<Row> m = moves.as("m");
        Dataset<Row> t = known.as("t");
        Column active = col("m.bsn_id").equalTo(col("t.bsn_id"))
                .and(col("t.start_date").lt(col("m.move_date")))
                .and(col("t.end_date").isNull().or(col("t.end_date").geq(col("m.move_date"))));
        return m.join(t, active).select(col("m.child_id"), col("m.move_date"), col("m.from_location"),
                col("m.from_category"), col("m.from_gemeentecode"), col("m.to_gemeentecode"), col("m.amv"),
                col("m.bsn_id"), col("t.provider"), col("t.soort"), col("t.start_date").as("trajectory_start"),
                col("t.end_date").as("trajectory_end"), col("t.end_reason"));
    }

    /**
     * Adds {@code successor_start}: for a trajectory ending on E <= R + 30, the earliest start of a
     * same-soort trajectory of the person within max(E − 7, R) .. E + 30; null when there is none.
     */
    static Dataset<Row> withSuccessor(Dataset<Row> pairs, Dataset<Row> known) {
        Dataset<Row> p = pairs.as("p");
        Dataset<Row> s = known.select(col("bsn_id"), col("soort"), col("start_date")).as("s");
        Column end = col("p.trajectory_end");
        Column successor = col("p.bsn_id").equalTo(col("s.bsn_id"))
                .and(col("p.soort").equalTo(col("s.soort")))
                .and(end.leq(date_add(col("p.move_date"), FOLLOW_UP_DAYS)))
                .and(col("s.start_date").geq(greatest(date_sub(end, HANDOVER_DAYS), col("p.move_date"))))
                .and(col("s.start_date").leq(date_add(end, FOLLOW_UP_DAYS)));
        Column[] pairColumns = Arrays.stream(pairs.columns()).map(c -> col("p." + c)).toArray(Column[]::new);
        return p.join(s, successor, "left")
                .groupBy(pairColumns)
                .agg(min(col("s.start_date")).as("successor_start"));
    }

    /** The outcome of a pair on {@code asOf}, in the order of the definition. */
    static Column outcome(Column asOf) {
        Column endedInFollowUp = col("trajectory_end").isNotNull()
                .and(col("trajectory_end").leq(date_add(col("move_date"), FOLLOW_UP_DAYS)));
        return when(not(endedInFollowUp).and(asOf.geq(date_add(col("move_date"), FOLLOW_UP_DAYS))),
                        lit(CareOutcome.CONTINUED.name()))
                .when(endedInFollowUp.and(col("successor_start").isNotNull()), lit(CareOutcome.TRANSFERRED.name()))
                .when(endedInFollowUp.and(asOf.geq(date_add(col("trajectory_end"), FOLLOW_UP_DAYS))),
                        lit(CareOutcome.INTERRUPTED.name()))
                .otherwise(lit(CareOutcome.PENDING.name()));
    }
}
