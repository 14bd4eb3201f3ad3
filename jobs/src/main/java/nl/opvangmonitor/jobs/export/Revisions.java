package nl.opvangmonitor.jobs.export;

import java.util.Optional;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.sql.SqlEngine;

/**
 * What changed in a publish table since its previous publication: the rows of the current publication that
 * the one before did not hold, and the rows it dropped. Versions that only set table properties (descriptions,
 * k) are not publications ({@link SqlEngine#previousPublication}).
 */
public final class Revisions {
    private Revisions() {
    }

    /** One sentence on the table's revision, e.g. "12 rows new or revised, 0 withdrawn since 2026-07-03". */
    public static String of(SqlEngine engine, TableDef table) {
        Optional<SqlEngine.Publication> before = engine.previousPublication(table);
        if (before.isEmpty()) {
            return "first publication";
        }
        String now = table.qualifiedName();
        return rowsIn(engine, now, before.get().relation()) + " rows new or revised, "
                + rowsIn(engine, before.get().relation(), now) + " withdrawn since the publication of "
                + before.get().written();
    }

    /** The distinct rows of one relation that the other does not hold. */
    private static long rowsIn(SqlEngine engine, String relation, String other) {
        Object count = engine.run("SELECT count(*) FROM (SELECT * FROM " + relation + " EXCEPT SELECT * FROM " + other
                + ") AS changed").result().rows().next().get(0);
        return ((Number) count).longValue();
    }
}
