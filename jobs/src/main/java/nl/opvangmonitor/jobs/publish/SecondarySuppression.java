package nl.opvangmonitor.jobs.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Secondary (complementary) suppression (privacy.md): while some line has exactly one suppressed
 * cell, which its total and the other parts would give away by subtraction, hide one more cell of
 * that line. Runs on Spark as a loop of window passes to a fixpoint; nothing is collected.
 *
 * <p>When no line needs a complement any more, {@link JointEquations} checks the lines of each time
 * value together and adds a complement where they still determine a hidden cell; the loop resumes.
 *
 * <p>Choice of the complement, per line, first match wins: a nonzero cell over a zero one; a cell
 * that also fixes other lines waiting for a complement (fewer cells lost); the smallest value; a
 * part over the total; the smallest key (deterministic).
 */
final class SecondarySuppression {
    private static final String HIDDEN = "hidden_in_line";
    private static final String NEEDY = "needy_lines";
    private static final String PICKED_ALONG = "picked_along";
    /** Marks the cells a pass has just added. */
    private static final String NEW = "new_complement";

    private SecondarySuppression() {
    }

    /** The cells after the fixpoint, the number of passes that added complements, and how many. */
    record Result(Dataset<Row> cells, int iterations, long complements) {
    }

    /**
     * Adds complements until no line has exactly one suppressed cell (that can be complemented);
     * tells {@code progress} the number and complements of each pass.
     */
    static Result apply(Dataset<Row> cells, TableShape shape, Consumer<String> progress) {
        if (!SuppressionLines.exist(shape)) {
            return new Result(cells, 0, 0);
        }
        Dataset<Row> current = cells.withColumn(NEW, lit(false)).localCheckpoint();
        int iterations = 0;
        long complements = 0;
        while (true) {
            Dataset<Row> next = mark(current, complements(current, shape), shape).localCheckpoint();
            long added = next.filter(col(NEW)).count();
            if (added == 0) {
                next = mark(current, JointEquations.complements(current, shape, PICKED_ALONG), shape).localCheckpoint();
                added = next.filter(col(NEW)).count();
                if (added == 0) {
                    return new Result(current.drop(NEW), iterations, complements);
                }
            }
            iterations++;
            complements += added;
            progress.accept("secondary suppression pass " + iterations + ": " + added + " complements");
            current = next;
        }
    }

    /** One pass: for every line with exactly one suppressed cell, the cell chosen to complement it. */
    static Dataset<Row> complements(Dataset<Row> cells, TableShape shape) {
        Column hiddenCell = when(col(CountCells.SUPPRESSED), 1).otherwise(0);
        WindowSpec perLine = Window.partitionBy(SuppressionLines.LINE);
        WindowSpec perCell = Window.partitionBy(keyColumns(shape));
        Column candidate = col(CountCells.SUPPRESSED).unary_$bang().and(col(CountCells.VALUE).isNotNull());
        List<Column> preference = new ArrayList<>(List.of(
                candidate.desc(),
                col(CountCells.VALUE).notEqual(0).desc(),
                col(NEEDY).desc(),
                col(CountCells.VALUE).asc(),
                col(SuppressionLines.IS_TOTAL).asc()));
        shape.cellKey().forEach(c -> preference.add(col(c).asc()));
        return SuppressionLines.memberships(cells, shape)
                .withColumn(HIDDEN, sum(hiddenCell).over(perLine))
                .withColumn(NEEDY, sum(when(col(HIDDEN).equalTo(1), 1).otherwise(0)).over(perCell))
                .withColumn("rank", row_number().over(perLine.orderBy(preference.toArray(Column[]::new))))
                .filter(col(HIDDEN).equalTo(1).and(col("rank").equalTo(1)).and(candidate))
                .groupBy(keyColumns(shape))
                .agg(min(col(SuppressionLines.LINE).getField("axis")).as(PICKED_ALONG));
    }

    private static Dataset<Row> mark(Dataset<Row> cells, Dataset<Row> picks, TableShape shape) {
        Column picked = col(PICKED_ALONG).isNotNull();
        return cells.drop(NEW).join(picks, shape.cellKey().toArray(String[]::new), "left")
                .withColumn(CountCells.REASON, when(picked,
                        concat(lit("secondary (complement along "), col(PICKED_ALONG), lit(")")))
                        .otherwise(col(CountCells.REASON)))
                .withColumn(CountCells.SUPPRESSED, col(CountCells.SUPPRESSED).or(coalesce(picked, lit(false))))
                .withColumn(NEW, coalesce(picked, lit(false)))
                .drop(PICKED_ALONG);
    }

    private static Column[] keyColumns(TableShape shape) {
        return shape.cellKey().stream().map(c -> col(c)).toArray(Column[]::new);
    }
}
