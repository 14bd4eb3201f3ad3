package nl.opvangmonitor.jobs.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import nl.opvangmonitor.common.tables.TableColumn;
import org.apache.spark.sql.Column;

/**
 * When a statistic (mean, median, percentage, rate) is hidden. Primary: its base, the persons it is
 * computed over, is 1..k-1 (privacy.md). Also: one of its declared inputs is suppressed in the row,
 * because the statistic would give it back (pct_in_time times the base gives enrolled_in_time;
 * moves_out over published child_days gives moves_out). A statistic over a single base count that is
 * hidden only as a complement (so at least k) is published: a mean or median over n persons does
 * not tell n.
 */
final class StatisticSuppression {
    private StatisticSuppression() {
    }

    /** Whether the statistic is hidden, in a row of gold values joined with the count flags (never null). */
    static Column hidden(TableColumn statistic, int k) {
        return coalesce(primary(statistic, k).or(inputHidden(statistic)), lit(false));
    }

    /** The reason text for a hidden statistic (null where it is not hidden). */
    static Column reason(TableColumn statistic, int k) {
        return when(primary(statistic, k), lit("base <" + k))
                .when(inputHidden(statistic), lit("an input count is suppressed"));
    }

    private static Column primary(TableColumn statistic, int k) {
        Column base = statistic.base().stream()
                .map(b -> coalesce(col(b), lit(0L)))
                .reduce(Column::plus).orElseThrow();
        return PrimarySuppression.belowThreshold(base, k);
    }

    private static Column inputHidden(TableColumn statistic) {
        return statistic.inputs().stream()
                .map(b -> coalesce(col(SecondarySuppression.flag(b)), lit(false)))
                .reduce(Column::or).orElse(lit(false));
    }
}
