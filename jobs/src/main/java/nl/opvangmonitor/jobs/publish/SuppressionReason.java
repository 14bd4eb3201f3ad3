package nl.opvangmonitor.jobs.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * The text of {@code suppression_reason}: one {@code column: why} entry per hidden cell, joined by
 * {@code "; "} (e.g. {@code enrolled_late: primary (<10); overdue: secondary (complement along
 * provincie)}). Written here and read back here, so exports can tell a hidden cell from an empty one.
 */
public final class SuppressionReason {
    /** Between the entries of one row. */
    public static final String SEPARATOR = "; ";
    private static final String COLUMN_END = ": ";

    private SuppressionReason() {
    }

    /** The entry for one cell where {@code hidden} holds, else null. */
    static Column entry(String column, Column hidden, Column why) {
        return when(coalesce(hidden, lit(false)), concat(lit(column + COLUMN_END), why));
    }

    /** The columns a row's reason names as hidden (none for a null reason). */
    public static List<String> hiddenColumns(String reason) {
        if (reason == null || reason.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(reason.split(SEPARATOR))
                .map(e -> e.substring(0, e.indexOf(COLUMN_END)))
                .toList();
    }
}
