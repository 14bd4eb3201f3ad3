package nl.opvangmonitor.jobs.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.TableColumn;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.Frames;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;

/** Hand-built rows of a declared gold or publish table, for tests that need a lake without running the jobs. */
public final class GoldRows {
    private GoldRows() {
    }

    /**
     * A row of the table: the given name-value cells, ALL for other dimensions, 0 for other counts, false for
     * flags, an empty list for lists, a run id for other text and null for other statistics.
     */
    public static Row of(TableDef table, Object... cells) {
        Map<String, Object> given = new HashMap<>();
        for (int i = 0; i < cells.length; i += 2) {
            given.put((String) cells[i], cells[i + 1]);
        }
        List<Object> values = new ArrayList<>();
        for (TableColumn c : table.columns()) {
            Object v = given.containsKey(c.name()) ? given.get(c.name())
                    : c.role() == ColumnRole.DIMENSION ? GoldTables.ALL
                    : c.role() == ColumnRole.COUNT || c.role() == ColumnRole.RECORD_COUNT ? 0L
                    : c.type().equals(DataTypes.BooleanType) ? false
                    : c.type() instanceof ArrayType ? List.of()
                    : c.type().equals(DataTypes.StringType) ? "run-0" : null;
            values.add(v instanceof Integer n && c.type().equals(DataTypes.LongType) ? Long.valueOf(n) : v);
        }
        return Frames.row(values.toArray());
    }
}
